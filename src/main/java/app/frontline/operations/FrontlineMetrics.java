package app.frontline.operations;

import app.frontline.ingest.RecordsImported;
import app.frontline.metric.KpiEngine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Frontline's own meters, next to those Spring Boot records by itself (HTTP requests
 * {@code http_server_requests_seconds}, GraphQL operations {@code graphql_request_seconds} and
 * data fetchers {@code graphql_datafetcher_seconds}, JVM, MongoDB driver commands):
 * <ul>
 * <li>{@code frontline_import_records_total{collection}}: records stored by imports (NDJSON,
 * {@code /api/import}, {@code importRecords}); its {@code rate()} is the import rate;</li>
 * <li>{@code frontline_engine_state}: 0 EMPTY, 1 BUILDING, 2 READY, the KPI engine's engine;</li>
 * <li>{@code frontline_engine_records_done}, {@code frontline_engine_records_total}: the current or
 * last build's progress; {@code frontline_engine_build_seconds}: how long the last build took.</li>
 * </ul>
 */
@Component
class FrontlineMetrics {

    private static final List<String> STATES = List.of("EMPTY", "BUILDING", "READY");

    private final MeterRegistry registry;

    FrontlineMetrics(MeterRegistry registry, KpiEngine engine) {
        this.registry = registry;
        Gauge.builder("frontline.engine.state", engine, r -> STATES.indexOf(r.status().state()))
                .description("The KPI engine's engine: 0 EMPTY, 1 BUILDING, 2 READY").register(registry);
        Gauge.builder("frontline.engine.records.done", engine, r -> r.status().recordsDone())
                .description("Records read by the current or last rollup build").register(registry);
        Gauge.builder("frontline.engine.records.total", engine, r -> r.status().recordsTotal())
                .description("Records to read (an estimate) by the current or last rollup build").register(registry);
        Gauge.builder("frontline.engine.build", engine, r -> {
                    Long millis = r.status().buildMillis();
                    return millis == null ? Double.NaN : millis / 1000.0;
                }).baseUnit("seconds").description("How long the last rollup build took").register(registry);
    }

    @EventListener
    void imported(RecordsImported event) {
        // one collection per batch today; several would be one series, not a count given to each
        String collections = String.join(",", new java.util.TreeSet<>(event.collections()));
        Counter.builder("frontline.import.records").description("Records stored by imports")
                .tag("collection", collections).register(registry).increment(event.count());
    }
}
