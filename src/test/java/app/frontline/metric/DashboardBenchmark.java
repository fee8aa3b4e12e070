package app.frontline.metric;

import app.frontline.BenchmarkSupport;
import app.frontline.demo.DemoDataGenerator;
import app.frontline.demo.DemoOptions;
import app.frontline.demo.DemoSummary;
import app.frontline.ingest.ImportSummary;
import app.frontline.ingest.RecordImporter;
import app.frontline.metric.KpiService.Engine;
import app.frontline.period.Granularity;
import app.frontline.period.Period;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

/**
 * Dashboard benchmark (not a test). For each of two stores with the same density of records per
 * day, a small one (a quarter of the history) and the full one: generates N conversations and N
 * orders with the demo generator, imports them into a fresh durable embedded store with the
 * rollups maintained, then times the full dashboard query (every KPI for the store and every
 * agent over the last four weeks, and a 13-week series of five metrics) through the in-process
 * GraphQL service: warm at 1 and 16 concurrent clients, on the raw path, and the floor (the same
 * numbers computed in plain Java from records already in memory, filtered to the periods). Prints
 * one table, also written to {@code target/benchmark/dashboard.txt}.
 *
 * <pre>
 * ./mvnw -q -Pdashboard-bench verify                                   # N = 1,000,000 over 365 days
 * ./mvnw -q -Pdashboard-bench verify -Dbench.size=100000 -Dbench.days=37
 * </pre>
 */
public final class DashboardBenchmark {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Period PERIOD = Period.of(LAST_DAY.minusDays(27), LAST_DAY, ZONE);
    private static final Period TREND = Period.of(LAST_DAY.minusWeeks(13).plusDays(1), LAST_DAY, ZONE);
    private static final List<String> SERIES = List.of("conversations", "revenue", "csat", "firstResponseTime",
            "refundRate");

    private static final org.springframework.security.core.Authentication ADMIN =
            org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("bench",
                    null, List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN")));

    private DashboardBenchmark() {
    }

    /** One store's figures. */
    private record Run(long size, int days, long records, double importSeconds, long visibleMillis,
            double[] one, double[] sixteen, double[] raw, double[] floor, long heapMb, long indexMb,
            double buildSeconds) {
    }

    public static void main(String[] args) throws Exception {
        long size = 1_000_000;
        int days = 365;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Long.parseLong(args[++i].replace("_", ""));
                case "--days" -> days = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("usage: DashboardBenchmark [--size N] [--days D]");
            }
        }
        String document = read("benchmarkDashboard.graphql") + "\n" + read("allKpis.graphql");
        List<Run> runs = new ArrayList<>();
        runs.add(run(size / 4, Math.max(91, days / 4), document));
        runs.add(run(size, days, document));
        String table = table(runs);
        System.out.print(table);
        Path report = Path.of("target", "benchmark", "dashboard.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);
    }

    private static Run run(long size, int days, String document) throws Exception {
        Path work = Files.createTempDirectory("frontline-dashboard-bench");
        try {
            return run(size, days, document, work);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Run run(long size, int days, String document, Path work) throws Exception {
        System.out.printf(Locale.ROOT, "== %,d conversations and %,d orders over %d days%n", size, size, days);
        DemoOptions options = DemoOptions.defaults(LAST_DAY).withSize(size).withOrders(size).withDays(days);
        Path ndjson = work.resolve("demo.ndjson");
        DemoSummary generated;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(ndjson), 1 << 16)) {
            generated = new DemoDataGenerator(options).generate(out);
        }
        try (ConfigurableApplicationContext context = BenchmarkSupport.start(work.resolve("data"),
                "--logging.level.app.frontline.metric=WARN")) {
            RecordImporter importer = context.getBean(RecordImporter.class);
            Rollups rollups = context.getBean(Rollups.class);
            FactIndex index = context.getBean(FactIndex.class);
            KpiService kpis = context.getBean(KpiService.class);
            FactLoader loader = context.getBean(FactLoader.class);
            ExecutionGraphQlService graphQl = context.getBean(ExecutionGraphQlService.class);
            rollups.rebuild(); // empty store: from here on every import maintains the rollups

            long heapBefore = BenchmarkSupport.heapAfterGc();
            long start = System.nanoTime();
            ImportSummary summary;
            try (InputStream in = Files.newInputStream(ndjson)) {
                summary = importer.importNdjson(in, (lines, accepted, rejected) -> {
                    if (lines % 200_000 == 0) {
                        System.out.printf(Locale.ROOT, "  imported %,d lines, %,.0f records/s%n", lines,
                                lines / BenchmarkSupport.seconds(start));
                    }
                });
            }
            double importSeconds = BenchmarkSupport.seconds(start);
            if (summary.accepted() != generated.total()) {
                throw new IllegalStateException("import accepted " + summary.accepted() + " of " + generated.total());
            }

            // an import is in the numbers when the import returns: time from its start to a query seeing it
            Map<String, Object> variables = Map.of(
                    "period", Map.of("from", PERIOD.from().toString(), "to", PERIOD.to().toString(),
                            "timeZone", ZONE.getId()),
                    "trend", Map.of("from", TREND.from().toString(), "to", TREND.to().toString(),
                            "timeZone", ZONE.getId()));
            Period today = Period.of(LAST_DAY, LAST_DAY, ZONE);
            Object before = kpis.compute(today, Set.of(Scope.STORE), Set.of("conversations")).get(Scope.STORE)
                    .get("conversations");
            long visibleStart = System.nanoTime();
            String late = "{\"type\":\"conversation\",\"id\":\"bench-late\",\"createdAt\":\""
                    + LAST_DAY.atTime(12, 0).atZone(ZONE).toInstant() + "\"}";
            importer.importNdjson(new ByteArrayInputStream(late.getBytes(StandardCharsets.UTF_8)),
                    app.frontline.ingest.ImportProgress.NONE);
            Object after = kpis.compute(today, Set.of(Scope.STORE), Set.of("conversations")).get(Scope.STORE)
                    .get("conversations");
            long visibleMillis = (System.nanoTime() - visibleStart) / 1_000_000;
            if (((Number) after).intValue() != ((Number) before).intValue() + 1) {
                throw new IllegalStateException("the late conversation is not counted: " + before + " → " + after);
            }

            for (int i = 0; i < 10; i++) {
                query(graphQl, document, variables);
            }
            double[] one = new double[60];
            for (int i = 0; i < one.length; i++) {
                one[i] = query(graphQl, document, variables);
            }
            double[] sixteen = concurrent(graphQl, document, variables, 16, 8);
            System.out.printf(Locale.ROOT, "  rollups: p50 %.1f ms, p95 %.1f ms (1 client)%n", pct(one, 50),
                    pct(one, 95));

            kpis.useEngine(Engine.RAW);
            double[] raw = new double[3];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = query(graphQl, document, variables);
                System.out.printf(Locale.ROOT, "  raw path run %d: %.0f ms%n", i + 1, raw[i]);
            }
            kpis.useEngine(Engine.ROLLUP);

            double[] floor = floor(kpis, loader, context);

            long heap = BenchmarkSupport.heapAfterGc() - heapBefore;
            long withIndex = BenchmarkSupport.heapAfterGc();
            index.release();
            long indexBytes = withIndex - BenchmarkSupport.heapAfterGc();
            long buildStart = System.nanoTime();
            rollups.rebuild();
            double buildSeconds = BenchmarkSupport.seconds(buildStart);
            return new Run(size, days, summary.accepted(), importSeconds, visibleMillis, one, sixteen, raw, floor,
                    heap >> 20, indexBytes >> 20, buildSeconds);
        }
    }

    /**
     * The floor: the same numbers (every KPI for the store and the active agents over the period,
     * five weekly series) computed by the same plain Java tally from records already read into
     * memory and filtered to each period; no store, no index, no GraphQL.
     */
    private static double[] floor(KpiService kpis, FactLoader loader, ConfigurableApplicationContext context) {
        Set<String> metrics = new LinkedHashSet<>();
        MetricCatalogue.all().forEach(m -> metrics.add(m.key()));
        Set<Scope> scopes = new LinkedHashSet<>();
        scopes.add(Scope.STORE);
        loader.directory().teamOfAgent().keySet().forEach(a -> scopes.add(Scope.agent(a)));
        FactsMemo memo = new FactsMemo();
        Set<Source> all = java.util.EnumSet.allOf(Source.class);
        memo.get(PERIOD, all, (base, have, wanted) -> loader.extend(PERIOD.start(), PERIOD.end(), base, have, wanted));
        memo.get(TREND, all, (base, have, wanted) -> loader.extend(TREND.start(), TREND.end(), base, have, wanted));
        Runnable compute = () -> {
            kpis.compute(PERIOD, scopes, metrics, memo, Engine.RAW);
            for (String metric : SERIES) {
                kpis.series(TREND, Granularity.WEEK, Set.of(Scope.STORE), metric, memo, Engine.RAW);
            }
        };
        for (int i = 0; i < 10; i++) {
            compute.run();
        }
        double[] times = new double[30];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            compute.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return times;
    }

    private static double query(ExecutionGraphQlService graphQl, String document, Map<String, Object> variables) {
        long start = System.nanoTime();
        var request = new DefaultExecutionGraphQlRequest(document, "BenchmarkDashboard", variables, null, "bench",
                Locale.ROOT);
        // as a signed-in administrator, the way the UI's in-process client runs its queries
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(
                Map.of(org.springframework.security.core.Authentication.class, ADMIN)).build());
        ExecutionGraphQlResponse response = graphQl.execute(request).block();
        double millis = (System.nanoTime() - start) / 1e6;
        if (response == null || !response.getErrors().isEmpty()) {
            throw new IllegalStateException("the dashboard query failed: " + (response == null ? "no response"
                    : response.getErrors()));
        }
        return millis;
    }

    private static double[] concurrent(ExecutionGraphQlService graphQl, String document, Map<String, Object> variables,
            int clients, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    double[] times = new double[each];
                    for (int i = 0; i < each; i++) {
                        times[i] = query(graphQl, document, variables);
                    }
                    return times;
                }));
            }
            double[] all = new double[clients * each];
            for (int c = 0; c < clients; c++) {
                System.arraycopy(futures.get(c).get(), 0, all, c * each, each);
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private static String table(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "Frontline dashboard benchmark, %s, %d cores, Java %s, load average %s%n"
                        + "query: every KPI for the store and all agents over %s..%s + 13-week series of %s%n",
                java.time.LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
                Runtime.version(), BenchmarkSupport.loadAverage(), PERIOD.from(), PERIOD.to(), String.join(", ", SERIES)));
        String[][] rows = {
            {"conversations + orders generated", "%,d"},
            {"history (days)", "%d"},
            {"records imported (incl. teams, agents, logins, surveys)", "%,d"},
            {"import, rollups maintained (records/s)", "%,.0f"},
            {"import → visible in a query (ms)", "%,d"},
            {"dashboard, rollups, 1 client: p50 (ms)", "%.1f"},
            {"dashboard, rollups, 1 client: p95 (ms)", "%.1f"},
            {"dashboard, rollups, 16 clients: p50 (ms)", "%.1f"},
            {"dashboard, rollups, 16 clients: p95 (ms)", "%.1f"},
            {"dashboard, raw path: p50 (ms)", "%.0f"},
            {"dashboard, raw path: p95 (ms)", "%.0f"},
            {"floor, plain Java over in-memory records: p50 (ms)", "%.1f"},
            {"floor: p95 (ms)", "%.1f"},
            {"rollups p95 ÷ floor p50 (target ≤ 10)", "%.1f"},
            {"raw p50 ÷ rollups p50 (target ≥ 20)", "%.0f"},
            {"heap after GC: store + rollups (MB)", "%,d"},
            {"  of which the rollups and in-memory facts (MB)", "%,d"},
            {"rollup rebuild from the store (s)", "%.1f"},
        };
        out.append(String.format(Locale.ROOT, "| %-56s |", "measure"));
        runs.forEach(r -> out.append(String.format(Locale.ROOT, " %14s |", String.format(Locale.ROOT, "%,d", r.size))));
        out.append('\n');
        for (int i = 0; i < rows.length; i++) {
            out.append(String.format(Locale.ROOT, "| %-56s |", rows[i][0]));
            for (Run r : runs) {
                Object value = switch (i) {
                    case 0 -> r.size;
                    case 1 -> r.days;
                    case 2 -> r.records;
                    case 3 -> r.records / r.importSeconds;
                    case 4 -> r.visibleMillis;
                    case 5 -> pct(r.one, 50);
                    case 6 -> pct(r.one, 95);
                    case 7 -> pct(r.sixteen, 50);
                    case 8 -> pct(r.sixteen, 95);
                    case 9 -> pct(r.raw, 50);
                    case 10 -> pct(r.raw, 95);
                    case 11 -> pct(r.floor, 50);
                    case 12 -> pct(r.floor, 95);
                    case 13 -> pct(r.one, 95) / pct(r.floor, 50);
                    case 14 -> pct(r.raw, 50) / pct(r.one, 50);
                    case 15 -> r.heapMb;
                    case 16 -> r.indexMb;
                    default -> r.buildSeconds;
                };
                out.append(String.format(Locale.ROOT, " %14s |", String.format(Locale.ROOT, rows[i][1], value)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Nearest-rank percentile. */
    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (p * sorted.length + 99) / 100;
        return sorted[Math.max(rank, 1) - 1];
    }

    private static String read(String name) throws IOException {
        try (InputStream in = DashboardBenchmark.class.getResourceAsStream("/graphql-test/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }



}
