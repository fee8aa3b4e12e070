package app.frontline.bench;

import app.frontline.BenchmarkSupport;
import app.frontline.demo.GenerateCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Dashboard benchmark with a real peer (not a test). Generates N conversations and N orders with
 * the demo generator as NDJSON; loads the file into DuckDB (in-process, SQL) and imports it into
 * Frontline over HTTP ({@code POST /api/import}, fresh durable embedded store, everything
 * maintained); checks that every value of the dashboard document ({@code graphql-test/
 * benchmarkDashboard.graphql}: every KPI for the store and every agent over four weeks, five
 * 13-week series) is equal in both for several periods and zones; then times both on the same
 * dashboard repeated and on distinct dashboards (shifted day by day) with 1 and 16 clients, and
 * prints them side by side, also in {@code target/benchmark/dashboard.txt}. Frontline is reached
 * only through HTTP with a READ token, so the benchmark runs on any engine behind the API.
 * Exits with 1 when a value differs.
 *
 * <pre>
 * ./mvnw -q -Pdashboard-bench verify                          # N = 1,000,000 over 365 days
 * ./mvnw -q -Pdashboard-bench verify -Dbench.size=20000       # quick
 * </pre>
 */
public final class DashboardBenchmark {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);
    private static final DashboardRequest BASE = new DashboardRequest(LAST_DAY, ZoneId.of("Europe/Amsterdam"));
    /** Checked value by value: the base, the first distinct ones, and other zones across DST changes. */
    private static final List<DashboardRequest> CHECKED = List.of(BASE, BASE.shifted(1), BASE.shifted(2),
            new DashboardRequest(LAST_DAY.minusDays(45), ZoneId.of("Asia/Kolkata")),
            new DashboardRequest(LAST_DAY.minusDays(200), ZoneId.of("America/New_York")));
    private static final int CLIENTS = 16;

    private DashboardBenchmark() {
    }

    record Options(long size, int days, int requests, int perClient, double maxSeconds, boolean keep) {
    }

    public static void main(String[] args) throws Exception {
        long size = 1_000_000;
        int days = 365;
        int requests = 40;
        int perClient = 10;
        double maxSeconds = 45;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Long.parseLong(args[++i].replace("_", ""));
                case "--days" -> days = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--per-client" -> perClient = Integer.parseInt(args[++i]);
                case "--max-seconds" -> maxSeconds = Double.parseDouble(args[++i]);
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("usage: DashboardBenchmark [--size N] [--days D] "
                        + "[--requests N (1 client)] [--per-client N (16 clients)] [--max-seconds S (per loop)] [--keep]");
            }
        }
        Path work = Files.createTempDirectory("frontline-dashboard-bench");
        int exit;
        try {
            exit = new Run(new Options(size, days, requests, perClient, maxSeconds, keep), work).call();
        } finally {
            if (!keep) {
                delete(work);
            } else {
                System.out.println("kept " + work);
            }
        }
        System.exit(exit); // DuckDB's and the HTTP client's threads would keep the JVM alive
    }

    /** One benchmark run in a work folder. */
    private static final class Run {
        private final Options options;
        private final Path work;
        private final Path ndjson;
        private final Report report = new Report();

        Run(Options options, Path work) {
            this.options = options;
            this.work = work;
            this.ndjson = work.resolve("demo.ndjson");
        }

        int call() throws Exception {
            generate();
            String document = read("benchmarkDashboard.graphql") + "\n" + read("allKpis.graphql");
            Timing timing = new Timing(5, options.requests(), CLIENTS, options.perClient(), options.maxSeconds());
            try (DuckDbPeer peer = new DuckDbPeer()) {
                long start = System.nanoTime();
                long records = peer.load(ndjson);
                report.records = records;
                report.duckLoadSeconds = BenchmarkSupport.seconds(start);
                long[] memory = peer.memoryBytes();
                report.duckMemory = memory[0];
                report.duckTables = memory[1];
                log("DuckDB loaded %,d records in %.1f s (%,.0f records/s), %,d MB", records, report.duckLoadSeconds,
                        records / report.duckLoadSeconds, memory[0] >> 20);

                long heapBefore = BenchmarkSupport.heapAfterGc();
                try (FrontlineServer frontline = new FrontlineServer(work.resolve("data"))) {
                    importInto(frontline, peer);
                    check(frontline, peer, document);
                    report.frontlineSame = timing.time(Mix.same(BASE), (c, r) -> frontline.dashboard(document, r));
                    log("Frontline, same dashboard: %s", summary(report.frontlineSame));
                    report.frontlineDistinct = timing.time(Mix.distinct(BASE), (c, r) -> frontline.dashboard(document, r));
                    log("Frontline, distinct dashboards: %s", summary(report.frontlineDistinct));
                    report.frontlineHeap = BenchmarkSupport.heapAfterGc() - heapBefore;
                    try {
                        report.state = frontline.analyticsState();
                    } catch (RuntimeException e) {
                        log("the analytics state could not be read: %s", e.getMessage());
                    }
                }

                List<DuckDbPeer.Client> clients = new ArrayList<>();
                try {
                    for (int c = 0; c < CLIENTS; c++) {
                        clients.add(peer.client());
                    }
                    report.duckSame = timing.time(Mix.same(BASE), (c, r) -> clients.get(c).dashboard(r));
                    log("DuckDB, same dashboard: %s", summary(report.duckSame));
                    report.duckDistinct = timing.time(Mix.distinct(BASE), (c, r) -> clients.get(c).dashboard(r));
                    log("DuckDB, distinct dashboards: %s", summary(report.duckDistinct));
                    report.duckMemoryAfter = peer.memoryBytes()[0];
                } finally {
                    for (DuckDbPeer.Client c : clients) {
                        c.close();
                    }
                }
            }
            report.rss = BenchmarkSupport.residentBytes();
            String table = report.table(options);
            System.out.print(table);
            Path out = Path.of("target", "benchmark", "dashboard.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, table);
            return report.differences == 0 ? 0 : 1;
        }

        private void generate() {
            long start = System.nanoTime();
            int code = GenerateCommand.run(new String[] {"--size", Long.toString(options.size()), "--orders",
                Long.toString(options.size()), "--days", Integer.toString(options.days()), "--last-day",
                LAST_DAY.toString(), "--out", ndjson.toString()});
            if (code != 0) {
                throw new IllegalStateException("generate failed with exit code " + code);
            }
            log("generated in %.1f s", BenchmarkSupport.seconds(start));
        }

        /**
         * The import over HTTP, timed until a query shows every conversation and order: an engine
         * that catches up after the import answers pays for that too.
         */
        private void importInto(FrontlineServer frontline, DuckDbPeer peer) throws Exception {
            LocalDate[] span = peer.span();
            long[] expected = peer.totals(span[0], span[1]);
            long start = System.nanoTime();
            long accepted = frontline.importFile(ndjson, 100_000, done -> {
                if (done % 500_000 < 100_000) {
                    log("  imported %,d records, %,.0f records/s", done, done / BenchmarkSupport.seconds(start));
                }
            });
            long answered = System.nanoTime();
            if (accepted != report.records) {
                throw new IllegalStateException("Frontline accepted " + accepted + " of " + report.records + " records");
            }
            String query = "query V($p: PeriodInput!) { kpis(period: $p) { conversations orders } }";
            Map<String, Object> variables = Map.of("p", Map.of("from", span[0].toString(), "to", span[1].toString(),
                    "timeZone", "UTC"));
            long seen;
            while (true) {
                seen = System.nanoTime();
                var kpis = frontline.query(query, variables).path("kpis");
                if (kpis.path("conversations").asLong() == expected[0] && kpis.path("orders").asLong() == expected[1]) {
                    break;
                }
                if (BenchmarkSupport.seconds(answered) > 300) {
                    throw new IllegalStateException("after 300 s Frontline shows " + kpis + ", not " + expected[0]
                            + " conversations and " + expected[1] + " orders");
                }
                Thread.sleep(20);
            }
            // until the query that showed everything was sent: 0 when the import's answer was enough
            report.importSeconds = (seen - start) / 1e9;
            report.visibleMillis = (seen - answered) / 1e6;
            log("Frontline imported %,d records in %.1f s (%,.0f records/s); all in the numbers %.0f ms after the last import answered",
                    accepted, report.importSeconds, accepted / report.importSeconds, report.visibleMillis);
        }

        /** Every value of the dashboard, for each checked request, Frontline against DuckDB. */
        private void check(FrontlineServer frontline, DuckDbPeer peer, String document) throws Exception {
            try (DuckDbPeer.Client duck = peer.client()) {
                for (DashboardRequest request : CHECKED) {
                    var data = DashboardValues.JSON.readTree(frontline.dashboard(document, request)).path("data");
                    Map<String, @Nullable Object> actual = DashboardValues.flatten(data);
                    List<String> problems = DashboardValues.differences(actual, duck.dashboard(request));
                    report.values += actual.size();
                    report.differences += problems.size();
                    report.agents = data.path("agents").size();
                    log("checked %s: %,d values, %d differ", request, actual.size(), problems.size());
                    problems.stream().limit(20).forEach(p -> log("  DIFFERS %s", p));
                }
            }
        }
    }

    /** The figures, printed side by side. */
    private static final class Report {
        long records;
        double duckLoadSeconds;
        long duckMemory;
        long duckTables;
        long duckMemoryAfter;
        double importSeconds;
        double visibleMillis;
        Timing.Result frontlineSame;
        Timing.Result frontlineDistinct;
        Timing.Result duckSame;
        Timing.Result duckDistinct;
        long frontlineHeap;
        FrontlineServer.@Nullable StateSize state;
        long values;
        long differences;
        int agents;
        long rss;
        final List<String> failures = new ArrayList<>();

        String table(Options options) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Frontline vs DuckDB dashboard benchmark, %s, %d cores, Java %s, load average %s%n",
                    java.time.LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
                    Runtime.version(), BenchmarkSupport.loadAverage()));
            out.append(String.format(Locale.ROOT, "store: %,d conversations + %,d orders over %d days (demo generator), %,d records%n",
                    options.size(), options.size(), options.days(), records));
            out.append(String.format(Locale.ROOT, "dashboard: benchmarkDashboard.graphql, every KPI for the store and %d agents over 4 weeks "
                    + "+ 5 weekly series over 13 weeks, Europe/Amsterdam, ending %s; Frontline over HTTP with a READ token, DuckDB "
                    + "over JDBC (one connection a client)%n", agents, LAST_DAY));
            out.append(String.format(Locale.ROOT, "requests timed per mix: %d warm-up, %d with 1 client, %d clients × %d (each loop at most %.0f s)%n",
                    5, options.requests(), CLIENTS, options.perClient(), options.maxSeconds()));
            out.append(String.format(Locale.ROOT, "| %-62s | %14s | %14s |%n", "measure", "Frontline", "DuckDB"));
            out.append(String.format(Locale.ROOT, "|%s|%s|%s|%n", "-".repeat(64), "-".repeat(16), "-".repeat(16)));
            row(out, "load: records/s (Frontline: HTTP import, all maintained)", fmt("%,.0f", records / importSeconds),
                    fmt("%,.0f", records / duckLoadSeconds));
            row(out, "load: seconds", fmt("%.1f", importSeconds), fmt("%.1f", duckLoadSeconds));
            row(out, "  last import answered → all records in the numbers (ms)", fmt("%.0f", visibleMillis), "–");
            timings(out, "same dashboard", frontlineSame, duckSame);
            timings(out, "distinct dashboards", frontlineDistinct, duckDistinct);
            row(out, "distinct, 16 clients: Frontline ÷ DuckDB throughput", fmt("%.1f×",
                    frontlineDistinct.many().perSecond() / duckDistinct.many().perSecond()), "");
            row(out, "memory: Frontline heap after GC / DuckDB total (MB)", fmt("%,d", frontlineHeap >> 20),
                    fmt("%,d", Math.max(duckMemory, duckMemoryAfter) >> 20));
            row(out, "  bytes per record", fmt("%,d", frontlineHeap / records),
                    fmt("%,d", Math.max(duckMemory, duckMemoryAfter) / records));
            row(out, "  analytics state / DuckDB tables (MB)", state == null ? "not exposed" : fmt("%,d", state.bytes() >> 20),
                    fmt("%,d", duckTables >> 20));
            row(out, "  analytics state / DuckDB tables, bytes per record", state == null ? "not exposed"
                    : fmt("%,d", state.bytes() / records), fmt("%,d", duckTables / records));
            row(out, "  process RSS at the end, both in one JVM (MB)", fmt("%,d", rss >> 20), "");
            out.append(String.format(Locale.ROOT, "values compared (%d requests, 3 zones): %,d; differing: %,d%s%n",
                    CHECKED.size(), values, differences, differences == 0 ? " (every value equal)" : " (see DIFFERS above)"));
            failures.forEach(f -> out.append("first failure, ").append(f.length() > 300 ? f.substring(0, 300) : f)
                    .append('\n'));
            if (state != null) {
                out.append("analytics state read from ").append(state.field()).append('\n');
            }
            out.append("Frontline heap: the whole application after GC (embedded store + engine + web), less the heap before it "
                    + "started; DuckDB: duckdb_memory() (tables: IN_MEMORY_TABLE + BASE_TABLE + ART_INDEX).\n");
            return out.toString();
        }

        private void timings(StringBuilder out, String mix, Timing.Result frontline, Timing.Result duck) {
            row(out, mix + ", 1 client: p50 (ms)", fmt("%.1f", frontline.one().p(50)), fmt("%.1f", duck.one().p(50)));
            row(out, mix + ", 1 client: p95 (ms)", fmt("%.1f", frontline.one().p(95)), fmt("%.1f", duck.one().p(95)));
            row(out, mix + ", 1 client: CPU per request (ms, process)", fmt("%.1f", frontline.one().cpuMillisPerRequest()),
                    fmt("%.1f", duck.one().cpuMillisPerRequest()));
            row(out, mix + ", 16 clients: requests/s", fmt("%.1f", frontline.many().perSecond()),
                    fmt("%.1f", duck.many().perSecond()));
            row(out, mix + ", 16 clients: p95 (ms)", fmt("%.1f", frontline.many().p(95)), fmt("%.1f", duck.many().p(95)));
            row(out, mix + ": failed requests (not timed)", fmt("%d", frontline.one().failures() + frontline.many().failures()),
                    fmt("%d", duck.one().failures() + duck.many().failures()));
            for (Timing.Run run : List.of(frontline.one(), frontline.many(), duck.one(), duck.many())) {
                if (run.failures() > 0) {
                    failures.add(mix + ": " + run.firstFailure());
                }
            }
        }

        private static void row(StringBuilder out, String name, String frontline, String duck) {
            out.append(String.format(Locale.ROOT, "| %-62s | %14s | %14s |%n", name, frontline, duck));
        }

        private static String fmt(String format, Object value) {
            return String.format(Locale.ROOT, format, value);
        }
    }

    private static String summary(Timing.Result r) {
        return String.format(Locale.ROOT, "1 client p50 %.1f ms, p95 %.1f ms (%d requests); %d clients %.1f requests/s, "
                + "p95 %.1f ms (%d requests); %d failed", r.one().p(50), r.one().p(95), r.one().millis().length, CLIENTS,
                r.many().perSecond(), r.many().p(95), r.many().millis().length, r.one().failures() + r.many().failures());
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = DashboardBenchmark.class.getResourceAsStream("/graphql-test/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
