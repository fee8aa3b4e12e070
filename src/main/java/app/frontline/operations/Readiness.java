package app.frontline.operations;

import app.frontline.metric.KpiEngine;
import java.util.Optional;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Whether Frontline may take API traffic, and if not, why. Two conditions: Spring Boot's readiness
 * state, which turns to ACCEPTING_TRAFFIC only after every ApplicationRunner finished (the store is
 * open, the bootstrap administrator, the demo data and the demo users are written), and the KPI
 * engine's first build ({@link KpiEngine#status()} READY once). The engine's part is remembered once
 * met: a later rebuild (BUILDING again) keeps answering on the raw path, so it does not make the
 * application unready; Boot's state still can (an AvailabilityChangeEvent to REFUSING_TRAFFIC).
 */
@Component
@EnableConfigurationProperties(ReadinessProperties.class)
class Readiness {

    private final ApplicationAvailability availability;
    private final KpiEngine engine;
    private final ReadinessProperties properties;
    private volatile boolean engineBuilt;

    Readiness(ApplicationAvailability availability, KpiEngine engine, ReadinessProperties properties) {
        this.availability = availability;
        this.engine = engine;
        this.properties = properties;
    }

    /** Empty when ready; else the reason, written for the API client and the operator. */
    Optional<String> notReady() {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return Optional.of("Frontline is starting: the store, its users and (on an empty store) the demo "
                    + "data are being loaded.");
        }
        return engineNotBuilt();
    }

    /** Empty once the engine's first build is done (or readiness does not wait for it). */
    Optional<String> engineNotBuilt() {
        if (engineBuilt || !properties.waitForEngine()) {
            return Optional.empty();
        }
        KpiEngine.Status status = engine.status();
        if ("READY".equals(status.state())) {
            engineBuilt = true;
            return Optional.empty();
        }
        return Optional.of("The KPI engine is building its first engine (" + status.state() + ", "
                + status.recordsDone() + " of about " + status.recordsTotal() + " records read).");
    }

    int retryAfterSeconds() {
        return properties.retryAfterSeconds();
    }
}
