package app.frontline.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code frontline.readiness.*}.
 *
 * @param waitForEngine whether readiness (and so the API) waits for the KPI engine's first build
 *     of its rollups; until then queries would take the slow raw path. Default true.
 * @param retryAfterSeconds the {@code Retry-After} of the API's 503 while not ready
 */
@ConfigurationProperties("frontline.readiness")
record ReadinessProperties(@DefaultValue("true") boolean waitForEngine, @DefaultValue("5") int retryAfterSeconds) {
}
