package app.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.FrontlineApplication;
import app.frontline.TestUsers;
import app.frontline.demo.DemoDataGenerator;
import app.frontline.demo.DemoOptions;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.ImportSummary;
import app.frontline.ingest.RecordImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 in the middle of imports: the real application runs as its own JVM on a temp data folder
 * and takes demo records in many small POST /api/import requests from two senders; once a third of
 * them are acknowledged it is killed with SIGKILL ({@link Process#destroyForcibly}), requests still
 * in flight. The application is then started again on that folder (in this JVM, to read the store)
 * and must hold every acknowledged record exactly as a clean load stores it, and nothing else but
 * whole records that were sent; re-sending everything must give exactly the clean load's state.
 *
 * <p>Part of the normal test run (about 30 s on 2 busy cores, most of it starting JVMs and Spring).
 * The child leaves Vaadin's auto-configuration out to start faster; /api/import is the real one.
 */
class KillNineDurabilityTest {

    private static final List<String> COLLECTIONS = List.of("teams", "agents", "logins", "conversations", "surveys",
            "orders");
    private static final String NO_VAADIN = "--spring.autoconfigure.exclude="
            + "com.vaadin.flow.spring.SpringBootAutoConfiguration,com.vaadin.flow.spring.SpringSecurityAutoConfiguration";
    private static final int LINES_PER_REQUEST = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedRecordSurvivesSigkillAndResendingConverges() throws Exception {
        List<String> lines = demoLines();
        List<List<String>> requests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += LINES_PER_REQUEST) {
            requests.add(lines.subList(i, Math.min(lines.size(), i + LINES_PER_REQUEST)));
        }
        Map<String, Map<String, Document>> clean = cleanLoad(lines);

        Path data = tmp.resolve("data");
        int port = freePort();
        Process app = startApp(data, port);
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        try {
            awaitReady(app, port);
            AtomicInteger next = new AtomicInteger();
            CountDownLatch third = new CountDownLatch(requests.size() / 3);
            List<Thread> senders = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                senders.add(Thread.ofPlatform().start(() -> {
                    for (int r; (r = next.getAndIncrement()) < requests.size(); ) {
                        List<String> batch = requests.get(r);
                        try {
                            HttpResponse<String> response = post(port, String.join("\n", batch) + "\n");
                            JsonNode summary = JSON.readTree(response.body());
                            if (response.statusCode() == 200 && summary.get("accepted").asLong() == batch.size()) {
                                acknowledged.add(r);
                                third.countDown();
                            }
                        } catch (IOException | RuntimeException e) {
                            return; // the server is gone: this request was never acknowledged
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }));
            }
            third.await();
            app.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close of the store
            app.waitFor();
            for (Thread sender : senders) {
                sender.join();
            }
        } finally {
            app.destroyForcibly();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(requests.size() / 3).hasSizeLessThan(requests.size());

        try (ConfigurableApplicationContext restarted = startInProcess(data)) {
            MongoTemplate mongo = restarted.getBean(MongoTemplate.class);
            Map<String, Map<String, Document>> afterCrash = readAll(mongo);
            int checked = 0;
            for (int r : acknowledged) {
                for (String line : requests.get(r)) {
                    String[] typeAndId = typeAndId(line);
                    String collection = collectionOf(typeAndId[0]);
                    assertThat(afterCrash.get(collection).get(typeAndId[1]))
                            .as("acknowledged %s %s", typeAndId[0], typeAndId[1])
                            .isEqualTo(clean.get(collection).get(typeAndId[1]));
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(0);
            System.out.printf("kill -9 check: %d of %d requests acknowledged before SIGKILL, %d acknowledged records"
                    + " checked, %d records in the store after restart%n", acknowledged.size(), requests.size(), checked,
                    afterCrash.values().stream().mapToInt(Map::size).sum());
            // whatever else is there came in whole: an unacknowledged record is absent or complete
            afterCrash.forEach((collection, docs) -> docs.forEach((id, doc) ->
                    assertThat(doc).as("%s %s", collection, id).isEqualTo(clean.get(collection).get(id))));

            ImportSummary resent = restarted.getBean(RecordImporter.class).importNdjson(
                    new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)),
                    ImportProgress.NONE);
            assertThat(resent.accepted()).isEqualTo(lines.size());
            assertThat(readAll(mongo)).isEqualTo(clean);
        }
    }

    private static List<String> demoLines() throws IOException {
        StringWriter out = new StringWriter();
        new DemoDataGenerator(DemoOptions.defaults(LocalDate.of(2026, 11, 22)).withSize(1_200).withDays(30))
                .generate(out);
        return out.toString().lines().filter(l -> !l.isBlank()).toList();
    }

    /** The state a clean load of every line gives, per collection and id. */
    private Map<String, Map<String, Document>> cleanLoad(List<String> lines) {
        try (ConfigurableApplicationContext context = app(WebApplicationType.NONE, "--frontline.store.durable=false")) {
            ImportSummary summary = context.getBean(RecordImporter.class).importNdjson(
                    new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)),
                    ImportProgress.NONE);
            assertThat(summary.rejected()).isZero();
            assertThat(summary.accepted()).isEqualTo(lines.size());
            return readAll(context.getBean(MongoTemplate.class));
        }
    }

    private static ConfigurableApplicationContext startInProcess(Path data) {
        return app(WebApplicationType.NONE, "--frontline.store.durable=true", "--frontline.store.data-dir=" + data);
    }

    private static ConfigurableApplicationContext app(WebApplicationType type, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(NO_VAADIN);
        all.add("--frontline.demo.enabled=false");
        return new SpringApplicationBuilder(FrontlineApplication.class).web(type).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).run(all.toArray(String[]::new));
    }

    private static Map<String, Map<String, Document>> readAll(MongoTemplate mongo) {
        Map<String, Map<String, Document>> all = new HashMap<>();
        for (String collection : COLLECTIONS) {
            Map<String, Document> docs = new HashMap<>();
            mongo.findAll(Document.class, collection).forEach(d -> docs.put(d.getString("_id"), d));
            all.put(collection, docs);
        }
        return all;
    }

    private static String[] typeAndId(String line) {
        JsonNode node = JSON.readTree(line);
        return new String[] {node.get("type").asString(), node.get("id").asString()};
    }

    private static String collectionOf(String type) {
        return switch (type) {
            case "team" -> "teams";
            case "agent" -> "agents";
            case "login" -> "logins";
            case "conversation" -> "conversations";
            case "survey" -> "surveys";
            case "order" -> "orders";
            default -> throw new IllegalArgumentException(type);
        };
    }

    private Process startApp(Path data, int port) throws IOException {
        Path log = tmp.resolve("app.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                FrontlineApplication.class.getName(), "--server.port=" + port,
                "--frontline.store.durable=true", "--frontline.store.fsync=true",
                "--frontline.store.data-dir=" + data, "--frontline.demo.enabled=false", NO_VAADIN)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void awaitReady(Process app, int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the application stopped:\n" + Files.readString(tmp.resolve("app.log")));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", TestUsers.adminBasic())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ recordCounts { teams } }\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the application did not start:\n" + Files.readString(tmp.resolve("app.log")));
    }

    private HttpResponse<String> post(int port, String ndjson) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/import"))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", TestUsers.adminBasic())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
