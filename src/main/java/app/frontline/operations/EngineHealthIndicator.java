package app.frontline.operations;

import app.frontline.metric.KpiEngine;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code engine} in {@code /actuator/health} and in the readiness group: OUT_OF_SERVICE until the
 * KPI engine's first build is done ({@link Readiness}), then UP, with the engine's state and build
 * figures as details.
 */
@Component("engine")
class EngineHealthIndicator extends AbstractHealthIndicator {

    private final Readiness readiness;
    private final KpiEngine engine;

    EngineHealthIndicator(Readiness readiness, KpiEngine engine) {
        this.readiness = readiness;
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        KpiEngine.Status status = engine.status();
        var reason = readiness.engineNotBuilt();
        (reason.isPresent() ? builder.outOfService().withDetail("reason", reason.get()) : builder.up())
                .withDetail("state", status.state())
                .withDetail("recordsDone", status.recordsDone())
                .withDetail("recordsTotal", status.recordsTotal());
        if (status.buildMillis() != null) {
            builder.withDetail("buildMillis", status.buildMillis());
        }
        if (status.builtAt() != null) {
            builder.withDetail("builtAt", status.builtAt().toString());
        }
    }
}
