package app.frontline.metric.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.FrontlineApplication;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import app.frontline.metric.KpiEngine;
import app.frontline.metric.KpiService;
import app.frontline.metric.Scope;
import app.frontline.period.Period;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A restart answers from the snapshot written when the application stopped, when nothing was
 * written to the store in between; after a write by anything else (here a command-line import)
 * the snapshot is of an earlier state, so the instance builds from the store and counts the write.
 */
class FactsSnapshotTest {

    private static final Period WEEK = Period.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8), ZoneOffset.UTC);
    private static final Set<String> METRICS = Set.of("conversations", "orders", "revenue", "csat",
            "firstResponseTime");

    @Test
    void aRestartUsesTheSnapshotOnlyWhileItIsCurrent(@TempDir Path data) throws IOException {
        Map<String, Object> first;
        try (var app = app(data, WebApplicationType.SERVLET)) {
            engine(app).rebuild();
            importLines(app, new String(FactsSnapshotTest.class.getResourceAsStream("/fixtures/kpi-week.ndjson")
                    .readAllBytes(), StandardCharsets.UTF_8));
            first = values(app);
            assertThat(first.get("conversations")).isNotEqualTo(0);
        }
        assertThat(data.resolve(FactsSnapshot.FILE)).exists();

        try (var app = app(data, WebApplicationType.SERVLET)) {
            KpiEngine.Status status = awaitReady(app);
            assertThat(status.fromSnapshot()).isTrue();
            assertThat(values(app)).isEqualTo(first);
        }

        // written while no server ran: the snapshot no longer describes the store
        try (var cli = app(data, WebApplicationType.NONE)) {
            importLines(cli, "{\"type\":\"conversation\",\"id\":\"c-extra\",\"createdAt\":\"2026-11-03T10:00:00Z\"}");
        }
        try (var app = app(data, WebApplicationType.SERVLET)) {
            KpiEngine.Status status = awaitReady(app);
            assertThat(status.fromSnapshot()).isFalse();
            assertThat(values(app).get("conversations")).isEqualTo((Integer) first.get("conversations") + 1);
        }
    }

    private static KpiEngine engine(ConfigurableApplicationContext app) {
        return app.getBean(KpiEngine.class);
    }

    private static KpiEngine.Status awaitReady(ConfigurableApplicationContext app) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!engine(app).ready() && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        return engine(app).status();
    }

    private static Map<String, Object> values(ConfigurableApplicationContext app) {
        return new java.util.TreeMap<>(app.getBean(KpiService.class).compute(WEEK, Set.of(Scope.STORE), METRICS)
                .get(Scope.STORE));
    }

    private static void importLines(ConfigurableApplicationContext app, String ndjson) {
        var summary = app.getBean(RecordImporter.class).importNdjson(
                new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
        assertThat(summary.rejected()).isZero();
    }

    private static ConfigurableApplicationContext app(Path data, WebApplicationType type) {
        return new SpringApplicationBuilder(FrontlineApplication.class).web(type).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).run("--frontline.store.durable=true", "--frontline.store.data-dir=" + data,
                        "--frontline.demo.enabled=false", "--server.port=0",
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
    }
}
