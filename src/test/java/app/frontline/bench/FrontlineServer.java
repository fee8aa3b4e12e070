package app.frontline.bench;

import app.frontline.BenchmarkSupport;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Frontline as a black box: the application with its web server on a random loopback port and a
 * fresh durable embedded store, reached only over HTTP (its API and token administration), so the
 * benchmark measures any engine behind {@code /graphql} alike.
 */
final class FrontlineServer implements AutoCloseable {

    private final ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI graphql;
    private final URI importer;
    private final String basic;
    private final String readToken;
    private final String ingestToken;

    FrontlineServer(Path data) throws IOException, InterruptedException {
        String admin = "bench";
        String password = UUID.randomUUID().toString();
        app = BenchmarkSupport.startWeb(data, "--logging.level.root=WARN", "--logging.level.de.bwaldvogel.mongo=ERROR",
                "--frontline.security.bootstrap-admin.username=" + admin,
                "--frontline.security.bootstrap-admin.password=" + password);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        graphql = URI.create("http://127.0.0.1:" + port + "/graphql");
        importer = URI.create("http://127.0.0.1:" + port + "/api/import");
        // the administrator makes the tokens through the admin API, as an integrator's admin would
        basic = "Basic " + Base64.getEncoder().encodeToString((admin + ":" + password).getBytes(StandardCharsets.UTF_8));
        readToken = token(basic, "dashboard-bench-read", "READ");
        ingestToken = token(basic, "dashboard-bench-ingest", "INGEST");
    }

    private String token(String basic, String name, String scope) throws IOException, InterruptedException {
        JsonNode data = post(basic, "mutation T($name: String!, $scopes: [TokenScope!]!) { createApiToken(name: $name,"
                + " scopes: $scopes) { ... on ApiTokenCreated { secret } ... on Rejection { errors { field reason } } } }",
                null, Map.of("name", name, "scopes", List.of(scope)));
        JsonNode payload = data.path("createApiToken");
        if (payload.path("secret").isMissingNode() || payload.path("secret").isNull()) {
            throw new IllegalStateException("createApiToken refused: " + payload);
        }
        return payload.get("secret").asString();
    }

    /**
     * Sends the NDJSON file to {@code POST /api/import} in parts of {@code linesPerPart} lines, one
     * after another (as a client uploads a large file); answers the records accepted. Every line
     * must be accepted.
     */
    long importFile(Path ndjson, int linesPerPart, LongConsumer progress) throws IOException, InterruptedException {
        long accepted = 0;
        try (BufferedReader in = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8)) {
            ByteArrayOutputStream part = new ByteArrayOutputStream(1 << 24);
            int lines = 0;
            String line;
            while ((line = in.readLine()) != null) {
                part.write(line.getBytes(StandardCharsets.UTF_8));
                part.write('\n');
                if (++lines == linesPerPart) {
                    accepted += sendPart(part.toByteArray(), lines);
                    progress.accept(accepted);
                    part.reset();
                    lines = 0;
                }
            }
            if (lines > 0) {
                accepted += sendPart(part.toByteArray(), lines);
                progress.accept(accepted);
            }
        }
        return accepted;
    }

    private long sendPart(byte[] body, int lines) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(importer)
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + ingestToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import answered HTTP " + response.statusCode() + ": " + response.body());
        }
        JsonNode summary = DashboardValues.JSON.readTree(response.body());
        if (summary.path("accepted").asLong() != lines || summary.path("rejected").asLong() != 0) {
            throw new IllegalStateException("import did not accept every line: " + response.body());
        }
        return lines;
    }

    /** The dashboard document over HTTP with the READ token; the raw body (checked: 200, no errors). */
    String dashboard(String document, DashboardRequest request) throws IOException, InterruptedException {
        String body = DashboardValues.JSON.writeValueAsString(Map.of("query", document,
                "operationName", "BenchmarkDashboard", "variables", request.variables()));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + readToken)
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("the dashboard failed (HTTP " + response.statusCode() + "): "
                    + response.body().substring(0, Math.min(2000, response.body().length())));
        }
        return response.body();
    }

    /** A query with the READ token; its {@code data}. */
    JsonNode query(String document, Map<String, Object> variables) throws IOException, InterruptedException {
        return post("Bearer " + readToken, document, null, variables);
    }

    private JsonNode introspect(String document, Map<String, Object> variables) throws IOException, InterruptedException {
        return post(basic, document, null, variables);
    }

    private JsonNode post(String authorization, String document, @Nullable String operation,
            Map<String, Object> variables) throws IOException, InterruptedException {
        Map<String, Object> body = operation == null ? Map.of("query", document, "variables", variables)
                : Map.of("query", document, "operationName", operation, "variables", variables);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(DashboardValues.JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode tree = DashboardValues.JSON.readTree(response.body());
        if (response.statusCode() != 200 || tree.has("errors")) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return tree.get("data");
    }

    /**
     * The engine's analytics state in bytes, when the API tells it: every field of a no-argument
     * query whose type has a numeric field named {@code ...Bytes} (found by introspection, so any
     * engine that exposes one is measured). Null when none does. Read as the administrator: a READ
     * token may not introspect, nor see an operations field.
     */
    @Nullable StateSize analyticsState() throws IOException, InterruptedException {
        JsonNode fields = introspect("{ __schema { queryType { fields { name args { name } type { kind name ofType { kind name } } } } } }",
                Map.of()).path("__schema").path("queryType").path("fields");
        for (JsonNode field : fields) {
            JsonNode type = field.path("type");
            String typeName = type.path("kind").asString().equals("NON_NULL") ? type.path("ofType").path("name").asString()
                    : type.path("name").asString();
            if (!field.path("args").isEmpty() || typeName == null || typeName.isEmpty()) {
                continue;
            }
            JsonNode inner = introspect("query T($n: String!) { __type(name: $n) { kind fields { name type { name ofType { name } } } } }",
                    Map.of("n", typeName)).path("__type");
            if (!"OBJECT".equals(inner.path("kind").asString())) {
                continue;
            }
            List<String> bytes = new ArrayList<>();
            for (JsonNode f : inner.path("fields")) {
                String scalar = f.path("type").path("name").isNull() ? f.path("type").path("ofType").path("name").asString()
                        : f.path("type").path("name").asString();
                if (f.path("name").asString().toLowerCase(Locale.ROOT).endsWith("bytes")
                        && ("Int".equals(scalar) || "Float".equals(scalar))) {
                    bytes.add(f.path("name").asString());
                }
            }
            if (!bytes.isEmpty()) {
                String name = field.path("name").asString();
                JsonNode value = introspect("{ " + name + " { " + bytes.getFirst() + " } }", Map.of()).path(name);
                return new StateSize(name + "." + bytes.getFirst(), value.path(bytes.getFirst()).asLong());
            }
        }
        return null;
    }

    record StateSize(String field, long bytes) {
    }

    @Override
    public void close() {
        app.close();
    }
}
