package app.frontline.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.TestUsers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as a client on another origin, or a tool, meets it over plain HTTP: CORS preflights
 * answered before authentication, JSON bodies for 401 and 403, GraphQL over HTTP (media type, GET
 * for queries), the schema as SDL, and {@code { __typename }} for any signed-in caller.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "frontline.cors.allowed-origins=http://localhost:5173")
@AutoConfigureHttpGraphQlTester
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiOverHttpTest {

    static final String APP = "http://localhost:5173";
    /** What GraphQL clients send (graphql-http, Apollo, urql): the new media type first. */
    static final String GRAPHQL_CLIENT = "application/graphql-response+json, application/json;q=0.9";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private String read = "";

    @LocalServerPort
    int port;

    @BeforeAll
    void token(@Autowired ApiTokens tokens, @Autowired Users users) {
        read = "Bearer " + tokens.create("http-read", Set.of(TokenScope.READ), "test").secret();
        users.delete("http-manager");
        users.save("http-manager", "manager-password", Role.MANAGER, Set.of("t-a"), null);
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutCredentials() throws Exception {
        HttpResponse<String> preflight = send(request("/graphql").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", APP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(APP);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("authorization").contains("content-type");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> other = send(request("/graphql").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aCrossOriginCallWithATokenAndItsRefusalCarryCorsHeaders() throws Exception {
        HttpResponse<String> allowed = post("/graphql", "{ me { name } }", read, APP);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(APP);
        assertThat(JSON.readTree(allowed.body()).path("data").path("me").path("name").asString()).isEqualTo("token:http-read");

        HttpResponse<String> anonymous = post("/graphql", "{ me { name } }", null, APP);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Access-Control-Allow-Origin")).contains(APP);
    }

    @Test
    void refusalsHaveJsonBodies() throws Exception {
        HttpResponse<String> anonymous = send(request("/graphql").header("Content-Type", "application/json")
                .header("Accept", GRAPHQL_CLIENT).POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { name } }\"}")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/graphql-response+json");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
        JsonNode error = JSON.readTree(anonymous.body()).path("errors").get(0);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(error.path("message").asString()).startsWith("Authentication required: send Authorization: Bearer");

        HttpResponse<String> badToken = post("/graphql", "{ me { name } }", "Bearer flt_made-up", null);
        assertThat(badToken.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(badToken.body()).path("errors").get(0).path("message").asString())
                .isEqualTo("The API token is unknown or revoked.");

        HttpResponse<String> importAnonymous = send(request("/api/import").header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString("{}\n")));
        assertThat(importAnonymous.statusCode()).isEqualTo(401);
        assertThat(importAnonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(importAnonymous.body()).path("status").asInt()).isEqualTo(401);

        HttpResponse<String> importByManager = send(request("/api/import").header("Content-Type", "application/x-ndjson")
                .header("Authorization", TestUsers.basic("http-manager", "manager-password"))
                .POST(HttpRequest.BodyPublishers.ofString("{}\n")));
        assertThat(importByManager.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(importByManager.body()).path("detail").asString()).contains("ingest scope");
    }

    @Test
    void graphQlOverHttp() throws Exception {
        HttpResponse<String> posted = send(request("/graphql").header("Content-Type", "application/json")
                .header("Accept", GRAPHQL_CLIENT).header("Authorization", read)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { name } }\"}")));
        assertThat(posted.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/graphql-response+json");

        HttpResponse<String> got = get("/graphql?query=" + encode("query Me { me { name } }") + "&operationName=Me", read,
                GRAPHQL_CLIENT);
        assertThat(got.statusCode()).as(got.headers() + " " + got.body()).isEqualTo(200);
        assertThat(got.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/graphql-response+json");
        assertThat(JSON.readTree(got.body()).path("data").path("me").path("name").asString()).isEqualTo("token:http-read");

        HttpResponse<String> withVariables = get("/graphql?query=" + encode("query T($id: ID!) { team(id: $id) { id } }")
                + "&variables=" + encode("{\"id\":\"t-none\"}"), read, "application/json");
        assertThat(withVariables.statusCode()).isEqualTo(200);
        assertThat(withVariables.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(JSON.readTree(withVariables.body()).path("data").has("team")).isTrue();

        HttpResponse<String> mutation = get("/graphql?query=" + encode("mutation { rebuildRollups { state } }"),
                TestUsers.adminBasic(), null);
        assertThat(mutation.statusCode()).isEqualTo(405);
        assertThat(mutation.headers().firstValue("Allow")).contains("POST");

        HttpResponse<String> anonymous = get("/graphql?query=" + encode("{ me { name } }"), null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).path("errors").get(0).path("extensions").path("classification")
                .asString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void theSchemaIsDownloadableAsSdlWithItsScalarsSpecified() throws Exception {
        HttpResponse<String> schema = get("/graphql/schema", read, null);
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).contains("type Query {")
                .contains("scalar Date @specifiedBy(url : \"https://www.rfc-editor.org/rfc/rfc3339#section-5.6\")")
                .contains("scalar DateTime @specifiedBy(url : \"https://scalars.graphql.org/andimarek/date-time\")")
                .contains("scalar BigDecimal @specifiedBy(url : ");
        assertThat(get("/graphql/schema", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void anyCallerMayPingAndIntrospect() throws Exception {
        JsonNode ping = JSON.readTree(post("/graphql", "{ __typename }", read, null).body());
        assertThat(ping.path("errors").isMissingNode()).as(ping.toString()).isTrue();
        assertThat(ping.path("data").path("__typename").asString()).isEqualTo("Query");
        JsonNode managerPing = JSON.readTree(post("/graphql", "{ __typename }",
                TestUsers.basic("http-manager", "manager-password"), null).body());
        assertThat(managerPing.path("data").path("__typename").asString()).isEqualTo("Query");
        JsonNode date = JSON.readTree(post("/graphql", "{ __type(name: \"Date\") { specifiedByURL } }", read, null).body());
        assertThat(date.path("data").path("__type").path("specifiedByURL").asString())
                .isEqualTo("https://www.rfc-editor.org/rfc/rfc3339#section-5.6");
        // the guard still holds below the ping: a read token is no administrator
        JsonNode users = JSON.readTree(post("/graphql", "{ __typename users { username } }", read, null).body());
        assertThat(users.path("errors").get(0).path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String query, String authorization, String origin) throws Exception {
        var request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    private HttpResponse<String> get(String path, String authorization, String accept) throws Exception {
        var request = request(path).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
