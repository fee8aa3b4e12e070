package app.frontline.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

import app.frontline.TestUsers;
import app.frontline.metric.KpiEngine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Liveness, readiness and the API's 503 while not ready, over real HTTP. The KPI engine's status is
 * stubbed here (a spy), so the test decides when its first build is done; Boot's own readiness state
 * is moved with the AvailabilityChangeEvent an application (or the lead's engine) would publish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "frontline.readiness.wait-for-engine=true")
// readiness remembers the engine's first build once: the not-ready case needs a context whose
// engine has not been seen READY yet (a cached context, or the other test run first, had)
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class OperationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @MockitoSpyBean
    KpiEngine engine;

    @LocalServerPort
    int port;

    @Test
    @org.junit.jupiter.api.Order(1)
    void notReadyUntilTheStoreUsersAndTheEnginesFirstBuildAreThere(@Autowired ApplicationContext context)
            throws Exception {
        doReturn(new KpiEngine.Status("BUILDING", 120, 480, null, null, 0, 0, false)).when(engine).status();

        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        HttpResponse<String> probe = get("/actuator/health/readiness", null);
        assertThat(probe.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(probe.body()).path("status").asString()).isEqualTo("OUT_OF_SERVICE");

        // valid credentials, yet 503 with the reason rather than a misleading 401
        HttpResponse<String> graphql = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
                .header("Authorization", TestUsers.adminBasic())
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { name } }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(graphql.statusCode()).isEqualTo(503);
        assertThat(graphql.headers().firstValue("Retry-After")).contains("5");
        assertThat(graphql.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/graphql-response+json");
        JsonNode error = JSON.readTree(graphql.body()).path("errors").get(0);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("UNAVAILABLE");
        assertThat(error.path("message").asString())
                .isEqualTo("The KPI engine is building its first engine (BUILDING, 120 of about 480 records read).");
        HttpResponse<String> anonymousImport = post("/api/import", "application/x-ndjson", "{}", null);
        assertThat(anonymousImport.statusCode()).isEqualTo(503);
        assertThat(anonymousImport.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        assertThat(JSON.readTree(anonymousImport.body()).path("detail").asString()).contains("first engine");

        doReturn(new KpiEngine.Status("READY", 480, 480, Instant.now(), 35L, 480, 0, false)).when(engine).status();
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(post("/graphql", "application/json", "{\"query\":\"{ me { name } }\"}", TestUsers.adminBasic())
                .statusCode()).isEqualTo(200);
        // a later rebuild keeps the API up (queries take the raw path meanwhile)
        doReturn(new KpiEngine.Status("BUILDING", 1, 480, Instant.now(), 35L, 480, 0, false)).when(engine).status();
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);

        // Boot's own readiness state (REFUSING_TRAFFIC until the runners, demo data included, are done)
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(503);
            HttpResponse<String> starting = post("/graphql", "application/json", "{\"query\":\"{ me { name } }\"}",
                    null);
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.body()).contains("Frontline is starting");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void healthDetailsAndMetricsAreForAdministrators() throws Exception {
        doReturn(new KpiEngine.Status("READY", 7, 7, Instant.now(), 1500L, 7, 0, false)).when(engine).status();
        HttpResponse<String> anonymous = get("/actuator/health", null);
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(200);
        assertThat(JSON.readTree(anonymous.body()).has("components")).isFalse();
        JsonNode health = JSON.readTree(get("/actuator/health", TestUsers.adminBasic()).body());
        assertThat(health.path("components").path("store").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("store").path("details").path("store").asString())
                .isEqualTo("embedded, in memory only");
        assertThat(health.path("components").path("engine").path("details").path("state").asString())
                .isEqualTo("READY");

        HttpResponse<String> refused = get("/actuator/prometheus", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(JSON.readTree(refused.body()).path("detail").asString()).startsWith("Authentication required");

        // an import of 2 teams and a GraphQL query, then the scrape
        assertThat(post("/api/import", "application/x-ndjson",
                "{\"type\":\"team\",\"id\":\"t-m1\",\"name\":\"M1\"}\n{\"type\":\"team\",\"id\":\"t-m2\",\"name\":\"M2\"}\n",
                TestUsers.adminBasic()).statusCode()).isEqualTo(200);
        assertThat(post("/graphql", "application/json", "{\"query\":\"query Ping { me { name } }\"}",
                TestUsers.adminBasic()).statusCode()).isEqualTo(200);
        HttpResponse<String> scrape = get("/actuator/prometheus", TestUsers.adminBasic());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("frontline_engine_state 2.0")
                .contains("frontline_engine_build_seconds 1.5")
                .containsPattern("frontline_import_records_total\\{collection=\"teams\"[^}]*\\} [2-9]")
                .contains("http_server_requests_seconds_count")
                .contains("graphql_request_seconds_count");
    }

    private HttpResponse<String> get(String path, @Nullable String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, String body, @Nullable String authorization)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
