/**
 * Running Frontline in production: liveness and readiness (Spring Boot Actuator's probes, with the
 * KPI engine's first build as part of readiness), the API's 503 answer until ready, and the
 * application's own Prometheus metrics (imports, engine state). Nothing here is a public API: it is
 * wired by Spring and read over HTTP ({@code /actuator/**}).
 */
@NullMarked
package app.frontline.operations;

import org.jspecify.annotations.NullMarked;
