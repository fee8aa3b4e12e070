package app.frontline.security;

import app.frontline.FrontlineApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load test (not a unit test): the application on loopback with the demo store (40,000
 * conversations), then N clients (default 32) for S seconds (default 60), each sending one request
 * after another: 85 % dashboard reads ({@code /graphql}: the store's KPI cards with the previous
 * period, every agent's metrics, a team's 13-week series) and 15 % imports ({@code POST
 * /api/import}, 20 new records each), all with a bearer token holding both scopes. It stops by
 * itself and prints throughput, p50/p95/p99/max latency per kind and the errors (any non-200, any
 * GraphQL error, any rejected line), also to {@code target/load/load.txt}.
 *
 * <pre>
 * ./mvnw -q -Pload verify                                   # 32 clients, 60 s
 * ./mvnw -q -Pload verify -Dload.clients=8 -Dload.seconds=20
 * </pre>
 */
public final class LoadRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> READS = List.of("""
            query Cards($keys: [MetricKey!]!) { kpis(period: {preset: LAST_WEEK}) {
              metrics(keys: $keys) { key value previous change } } }""", """
            query Agents($keys: [MetricKey!]!) { agents { id name kpis(period: {preset: LAST_WEEK}) {
              metrics(keys: $keys, withPrevious: false) { key value } } } }""", """
            query Trend { series(metric: csat, granularity: WEEK, teamId: "t-emea", period: {preset: LAST_90_DAYS}) {
              points { from value } } }""");
    private static final List<String> KEYS = List.of("conversations", "csat", "onTimeRate", "aov", "refundRate",
            "orders", "revenue", "firstResponseTime");

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int clients = 32;
        int seconds = 60;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("usage: LoadRun [--clients N] [--seconds S]");
            }
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FrontlineApplication.class).run(
                "--server.port=0", "--frontline.store.durable=false", "--frontline.demo.enabled=true",
                "--logging.level.root=WARN",
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String token = app.getBean(ApiTokens.class)
                    .create("load", Set.of(TokenScope.READ, TokenScope.INGEST), "load").secret();
            String report = run(port, token, clients, seconds);
            System.out.println(report);
            Path out = Path.of("target", "load", "load.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
        System.exit(0);
    }

    private static String run(int port, String token, int clients, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = new ArrayList<>();
        AtomicLong ids = new AtomicLong();
        // warm-up: each kind once, so the first measured requests do not pay for class loading
        for (int i = 0; i < READS.size(); i++) {
            read(http, port, token, i);
        }
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().name("client-" + c).start(() -> {
                Map<String, List<Long>> mine = new java.util.HashMap<>();
                while (System.nanoTime() < end) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    boolean write = random.nextInt(100) < 15;
                    int kind = random.nextInt(READS.size());
                    String name = write ? "import" : List.of("cards", "agents", "trend").get(kind);
                    long t0 = System.nanoTime();
                    String problem;
                    try {
                        problem = write ? write(http, port, token, ids.addAndGet(10)) : read(http, port, token, kind);
                    } catch (Exception e) {
                        problem = e.toString();
                    }
                    mine.computeIfAbsent(name, k -> new ArrayList<>()).add(System.nanoTime() - t0);
                    if (problem != null) {
                        errors.incrementAndGet();
                        synchronized (firstErrors) {
                            if (firstErrors.size() < 5) {
                                firstErrors.add(name + ": " + problem);
                            }
                        }
                    }
                }
                mine.forEach((k, v) -> latencies.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(
                        new ArrayList<>())).addAll(v));
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        StringBuilder out = new StringBuilder();
        out.append("Load test: %d clients for %.1f s on loopback, bearer token, demo store%n".formatted(clients, elapsed));
        out.append("%-8s %9s %8s %8s %8s %8s %8s%n".formatted("kind", "requests", "req/s", "p50 ms", "p95 ms",
                "p99 ms", "max ms"));
        List<Long> all = new ArrayList<>();
        for (String kind : List.of("cards", "agents", "trend", "import")) {
            List<Long> l = latencies.getOrDefault(kind, List.of());
            all.addAll(l);
            out.append(line(kind, l, elapsed));
        }
        out.append(line("all", all, elapsed));
        out.append("errors: %d%n".formatted(errors.get()));
        firstErrors.forEach(e -> out.append("  ").append(e).append('\n'));
        return out.toString();
    }

    private static String line(String kind, List<Long> nanos, double seconds) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return "%-8s %9d %8.1f %8.1f %8.1f %8.1f %8.1f%n".formatted(kind, sorted.length, sorted.length / seconds,
                pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), pct(sorted, 1.0));
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** Null when the answer is good, else what was wrong. */
    private static String read(HttpClient http, int port, String token, int kind) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", READS.get(kind), "variables", Map.of("keys", KEYS)));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return "HTTP " + response.statusCode();
        }
        JsonNode errors = JSON.readTree(response.body()).path("errors");
        return errors.isEmpty() ? null : errors.toString();
    }

    private static String write(HttpClient http, int port, String token, long id) {
        StringBuilder ndjson = new StringBuilder();
        for (long i = id; i < id + 10; i++) {
            int agent = 1 + (int) (i % 40);
            ndjson.append("{\"type\":\"conversation\",\"id\":\"load-c-%d\",\"assigneeAgentId\":\"a-%d\",\"channel\":\"chat\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"firstReplyAt\":\"2026-11-20T10:05:00Z\",\"rating\":\"happy\"}\n"
                    .formatted(i, agent));
            ndjson.append("{\"type\":\"order\",\"id\":\"load-o-%d\",\"status\":\"approved\",\"createdAt\":\"2026-11-20T10:10:00Z\",\"customerEmail\":\"load%d@x.example\",\"total\":\"25.00\",\"createdByAgentId\":\"a-%d\",\"conversationId\":\"load-c-%d\"}\n"
                    .formatted(i, i, agent, i));
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/import"))
                    .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "HTTP " + response.statusCode();
            }
            long rejected = JSON.readTree(response.body()).path("rejected").asLong();
            return rejected == 0 ? null : rejected + " rejected: " + response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
