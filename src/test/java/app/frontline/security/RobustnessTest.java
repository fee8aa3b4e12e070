package app.frontline.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.TestUsers;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input thrown at the running server over HTTP: malformed, huge and deeply nested GraphQL,
 * wrong variable types, introspection abuse, and NDJSON garbage (binary, truncated, a 1 MB line, a
 * 100 MB body, the same file imported four times at once). Every case must end in a clear answer
 * (a GraphQL error with a classification, or a 4xx, or an import summary), never a 5xx; the server
 * must still answer afterwards; the store must hold exactly the valid records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RobustnessTest {

    private static final List<String> COLLECTIONS = List.of("teams", "agents", "logins", "conversations", "surveys",
            "orders");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEAM = "{\"type\":\"team\",\"id\":\"t-ok\",\"name\":\"Fine\"}";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void emptyStore() {
        COLLECTIONS.forEach(c -> mongo.remove(new Query(), c));
    }

    // ---- GraphQL ----

    @Test
    void malformedDocumentsAreSyntaxErrors() throws Exception {
        assertClassified(graphQl("{ kpis(period: ", null), "InvalidSyntax");
        assertClassified(graphQl("}}}}", null), "InvalidSyntax");
        assertClassified(graphQl("{ noSuchField }", null), "ValidationError");
        HttpResponse<String> notJson = post("/graphql", "application/json", "this is not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertUp();
    }

    @Test
    void hugeDocumentsAreRefusedByTheParser() throws Exception {
        // 20,000 tokens, over graphql-java's 15,000
        assertClassified(graphQl("{ me { " + "name ".repeat(20_000) + "} }", null), "InvalidSyntax");
        // 2 MB of whitespace and a comment, over the parser's 1 MB
        assertClassified(graphQl("{ me { name } }" + " ".repeat(2_000_000), null), "InvalidSyntax");
        assertUp();
    }

    @Test
    void wrongVariableTypesAreValidationErrors() throws Exception {
        String query = "query($p: PeriodInput!, $first: Int!) { leaderboard(metric: csat, period: $p, first: $first) { rank } }";
        assertClassified(graphQl(query, Map.of("p", "last week", "first", 5)), "ValidationError");
        assertClassified(graphQl(query, Map.of("p", Map.of("preset", "LAST_WEEK"), "first", "five")), "ValidationError");
        assertClassified(graphQl(query, Map.of("p", Map.of("preset", "SOMEDAY"), "first", 5)), "ValidationError");
        assertUp();
    }

    @Test
    void deepNestingAndTooManyFieldsAreRefusedBeforeRunning() throws Exception {
        String deep = "{ teams { " + "agents { team { ".repeat(10) + "id" + " } }".repeat(10) + " } }";
        JsonNode depth = graphQl(deep, null);
        assertThat(depth.path("errors").get(0).path("message").asString()).contains("depth");
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 1100; i++) {
            wide.append(" a").append(i).append(": me { name }");
        }
        JsonNode complexity = graphQl(wide.append('}').toString(), null);
        assertThat(complexity.path("errors").get(0).path("message").asString()).contains("complexity");
        assertUp();
    }

    @Test
    void introspectionAbuseIsRefusedButGraphiqlsQueryWorks() throws Exception {
        String abuse = "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }";
        assertThat(graphQl(abuse, null).path("errors").isEmpty()).isFalse();
        String repeated = "{ a: __schema { queryType { name } } b: __schema { queryType { name } } }";
        assertThat(graphQl(repeated, null).path("errors").isEmpty()).isFalse();
        String normal = "{ __schema { queryType { name } types { name kind fields { name type { name kind ofType { "
                + "name kind ofType { name kind ofType { name kind } } } } } } } }";
        JsonNode answer = graphQl(normal, null);
        assertThat(answer.path("errors").isEmpty()).as(answer.toString()).isTrue();
        assertUp();
    }

    @Test
    void periodsSeriesAndPagesAreCapped() throws Exception {
        assertClassified(graphQl("{ kpis(period: {from: \"2020-01-01\", to: \"2026-01-01\"}) { orders } }", null),
                "BAD_REQUEST");
        assertClassified(graphQl("{ series(metric: csat, granularity: DAY, period: {from: \"2024-01-01\", "
                + "to: \"2025-12-31\"}) { points { value } } }", null), "BAD_REQUEST");
        assertClassified(graphQl("{ conversations(period: {preset: LAST_WEEK}, first: 100000) { totalCount } }", null),
                "BAD_REQUEST");
        assertClassified(graphQl("{ leaderboard(metric: csat, period: {preset: LAST_WEEK}, first: 1000000) { rank } }",
                null), "BAD_REQUEST");
        assertUp();
    }

    // ---- NDJSON ----

    @Test
    void binaryGarbageIsRejectedLineByLine() throws Exception {
        byte[] garbage = new byte[256 * 1024];
        new Random(6).nextBytes(garbage);
        HttpResponse<String> response = post("/api/import", "application/octet-stream", garbage);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = JSON.readTree(response.body());
        assertThat(summary.path("accepted").asLong()).isZero();
        assertThat(summary.path("rejected").asLong()).isPositive();
        assertThat(stored()).isEmpty();
        assertUp();
    }

    @Test
    void aTruncatedLastLineIsRejectedAndTheRestKept() throws Exception {
        String body = TEAM + "\n{\"type\":\"agent\",\"id\":\"a-1\",\"name\":\"Ann\",\"tea";
        JsonNode summary = JSON.readTree(post("/api/import", "application/x-ndjson", body).body());
        assertThat(summary.path("accepted").asLong()).isEqualTo(1);
        assertThat(summary.path("rejected").asLong()).isEqualTo(1);
        assertThat(stored()).containsOnlyKeys("teams");
    }

    @Test
    void aOneMegabyteLineIsRejectedAndTheNextLineKept() throws Exception {
        String huge = "{\"type\":\"team\",\"id\":\"t-big\",\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";
        JsonNode summary = JSON.readTree(post("/api/import", "application/x-ndjson", huge + "\n" + TEAM + "\n").body());
        assertThat(summary.path("accepted").asLong()).isEqualTo(1);
        assertThat(summary.path("rejections").get(0).path("line").asLong()).isEqualTo(1);
        assertThat(summary.path("rejections").get(0).path("reason").asString()).containsIgnoringCase("long");
        assertThat(stored().get("teams")).containsExactly("t-ok");
    }

    @Test
    void aHundredMegabyteBodyOfGarbageEndsInASummary() throws Exception {
        long size = 100L * 1024 * 1024;
        byte[] line = ("{\"type\":\"team\",\"id\":" + "9".repeat(10_000) + "\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import"))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", TestUsers.adminBasic())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new RepeatingStream(line, size)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = JSON.readTree(response.body());
        assertThat(summary.path("accepted").asLong()).isZero();
        assertThat(summary.path("rejected").asLong()).isGreaterThan(10_000);
        assertThat(stored()).isEmpty();
        assertUp();
    }

    @Test
    void theSameFileFourTimesAtOnceEqualsItOnce() throws Exception {
        StringBuilder file = new StringBuilder(TEAM).append('\n');
        for (int i = 0; i < 300; i++) {
            file.append("{\"type\":\"agent\",\"id\":\"a-%d\",\"name\":\"Agent %d\",\"teamId\":\"t-ok\"}\n".formatted(i, i));
            file.append("{\"type\":\"conversation\",\"id\":\"c-%d\",\"assigneeAgentId\":\"a-%d\",\"createdAt\":\"2026-11-03T10:00:00Z\"}\n"
                    .formatted(i, i));
        }
        assertThat(post("/api/import", "application/x-ndjson", file.toString()).statusCode()).isEqualTo(200);
        Map<String, List<Document>> once = documents();
        emptyStore();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<HttpResponse<String>> send = () -> post("/api/import", "application/x-ndjson", file.toString());
                sent.add(pool.submit(send));
            }
            for (Future<HttpResponse<String>> response : sent) {
                assertThat(response.get().statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(response.get().body()).path("rejected").asLong()).isZero();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(documents()).isEqualTo(once);
    }

    // ---- helpers ----

    private void assertUp() throws Exception {
        assertThat(graphQl("{ me { name } }", null).path("data").path("me").path("name").asString()).isEqualTo("admin");
    }

    private static void assertClassified(JsonNode answer, String classification) {
        assertThat(answer.path("errors").isEmpty()).as(answer.toString()).isFalse();
        assertThat(answer.path("errors").get(0).path("extensions").path("classification").asString())
                .as(answer.toString()).isEqualTo(classification);
    }

    private JsonNode graphQl(String query, @Nullable Map<String, Object> variables) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        if (variables != null) {
            body.put("variables", variables);
        }
        HttpResponse<String> response = post("/graphql", "application/json", JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .header("Authorization", TestUsers.adminBasic())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        return response;
    }

    /** Stored ids by collection, collections holding none left out. */
    private Map<String, List<String>> stored() {
        Map<String, List<String>> ids = new HashMap<>();
        for (String c : COLLECTIONS) {
            List<String> in = mongo.findAll(Document.class, c).stream().map(d -> d.getString("_id")).sorted().toList();
            if (!in.isEmpty()) {
                ids.put(c, in);
            }
        }
        return ids;
    }

    private Map<String, List<Document>> documents() {
        Map<String, List<Document>> all = new HashMap<>();
        for (String c : COLLECTIONS) {
            all.put(c, mongo.find(new Query().with(Sort.by("_id")), Document.class, c));
        }
        return all;
    }

    /** {@code size} bytes of one line over and over, made as they are read. */
    private static final class RepeatingStream extends InputStream {
        private final byte[] line;
        private long left;
        private int at;

        RepeatingStream(byte[] line, long size) {
            this.line = line;
            this.left = size;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            int b = line[at];
            at = (at + 1) % line.length;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = line[at];
                at = (at + 1) % line.length;
            }
            left -= n;
            return n;
        }
    }
}
