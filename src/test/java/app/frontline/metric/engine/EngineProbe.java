package app.frontline.metric.engine;

import app.frontline.demo.DemoDataGenerator;
import app.frontline.demo.DemoOptions;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import app.frontline.metric.KpiEngine;
import app.frontline.metric.KpiService;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.Scope;
import app.frontline.metric.store.LiveFacts;
import app.frontline.period.Granularity;
import app.frontline.period.Period;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class EngineProbe {
    @Autowired KpiService service;
    @Autowired RecordImporter importer;
    @Autowired KpiEngine engine;
    @Autowired LiveFacts facts;
    @Autowired app.frontline.agent.AgentRepository agents;

    @Test
    void probe() throws Exception {
        engine.rebuild();
        int n = Integer.getInteger("probe.size", 200_000);
        LocalDate last = LocalDate.of(2026, 11, 22);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DemoDataGenerator(DemoOptions.defaults(last).withSize(n).withStoreZone(ZoneOffset.UTC)).generate(out);
        long t0 = System.nanoTime();
        var summary = importer.importNdjson(new ByteArrayInputStream(out.toByteArray()), ImportProgress.NONE);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("PROBE import %d records in %.1f s = %.0f/s%n", summary.accepted(), secs, summary.accepted() / secs);
        var st = engine.status();
        System.out.printf("PROBE facts %d records, %d bytes = %.1f B/record%n", st.records(), st.bytes(), (double) st.bytes() / st.records());
        facts.write(s -> s.compact());
        st = engine.status();
        System.out.printf("PROBE compacted %d records, %d bytes = %.1f B/record%n", st.records(), st.bytes(), (double) st.bytes() / st.records());
        Set<String> metrics = new LinkedHashSet<>();
        MetricCatalogue.all().forEach(m -> metrics.add(m.key()));
        Set<Scope> scopes = new LinkedHashSet<>();
        scopes.add(Scope.STORE);
        agents.findAll(org.springframework.data.domain.Sort.by("name")).forEach(a -> scopes.add(Scope.agent(a.id())));
        Set<String> series = Set.of("conversations", "revenue", "csat", "firstResponseTime", "refundRate");
        EngineKpiService s = (EngineKpiService) service;
        long[] times = new long[40];
        long[] cpu = new long[40];
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < times.length; i++) {
            LocalDate to = last.minusDays(i);
            Period p = Period.of(to.minusDays(27), to, ZoneOffset.UTC);
            Period trend = Period.of(to.minusWeeks(13).plusDays(1), to, ZoneOffset.UTC);
            long a = System.nanoTime();
            long c = mx.getCurrentThreadCpuTime();
            s.values(p, null, scopes, metrics, false);
            long c1 = mx.getCurrentThreadCpuTime();
            s.values(trend, Granularity.WEEK, Set.of(Scope.STORE), series, false);
            times[i] = System.nanoTime() - a;
            cpu[i] = mx.getCurrentThreadCpuTime() - c;
            if (i > 30) System.out.printf("PROBE cpu kpis %.1f ms, series %.1f ms%n", (c1 - c) / 1e6, (mx.getCurrentThreadCpuTime() - c1) / 1e6);
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf("PROBE cpu p50 %.1f ms p95 %.1f ms%n", cpu[20] / 1e6, cpu[37] / 1e6);
        System.out.printf("PROBE distinct dashboards (%d scopes): p50 %.1f ms p95 %.1f ms%n", scopes.size(), times[20] / 1e6, times[37] / 1e6);
        long a = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            LocalDate to = last;
            s.values(Period.of(to.minusDays(27), to, ZoneOffset.UTC), null, scopes, metrics, false);
        }
        System.out.printf("PROBE repeated dashboard: %.2f ms each%n", (System.nanoTime() - a) / 20 / 1e6);
    }
}
