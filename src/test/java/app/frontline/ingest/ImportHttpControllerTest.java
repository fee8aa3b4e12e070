package app.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/import on the running server, past Vaadin's servlet. */
class ImportHttpControllerTest extends IngestTestSupport {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMixedBodyIsImportedAndAnsweredWithTheSummary() throws Exception {
        String body = """
                {"type":"team","id":"t-1","name":"One"}
                {"type":"agent","id":"a-1","name":"Ann","teamId":"t-9"}
                {"type":"login","id":"l-1","agentId":"a-1","at":"2026-11-02T08:01:12"}
                {oops
                {"type":"login","id":"l-2","agentId":"a-1","at":"2026-11-02T08:01:12Z"}
                """;

        HttpResponse<String> response = post("application/x-ndjson", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        JsonNode summary = ValidationRulesTest.JSON.readTree(response.body());
        assertThat(summary.get("accepted").asLong()).isEqualTo(3);
        assertThat(summary.get("inserted").asLong()).isEqualTo(3);
        assertThat(summary.get("rejected").asLong()).isEqualTo(2);
        JsonNode first = summary.get("rejections").get(0);
        assertThat(first.get("line").asLong()).isEqualTo(3);
        assertThat(first.get("type").asString()).isEqualTo("login");
        assertThat(first.get("id").asString()).isEqualTo("l-1");
        assertThat(first.get("field").asString()).isEqualTo("at");
        assertThat(first.get("reason").asString()).contains("no offset");
        assertThat(summary.get("rejections").get(1).get("line").asLong()).isEqualTo(4);
        assertThat(summary.get("pending").get(0).get("missingId").asString()).isEqualTo("t-9");
        assertThat(ids("logins")).containsExactly("l-2");
        assertThat(ids("teams")).containsExactly("t-1");
    }

    @Test
    void plainTextAndOctetStreamBodiesAreAccepted() throws Exception {
        assertThat(post("text/plain", "{\"type\":\"team\",\"id\":\"t-1\",\"name\":\"One\"}").statusCode()).isEqualTo(200);
        assertThat(post("application/octet-stream", "{\"type\":\"team\",\"id\":\"t-2\",\"name\":\"Two\"}").statusCode())
                .isEqualTo(200);
        assertThat(ids("teams")).containsExactly("t-1", "t-2");
    }

    @Test
    void anEmptyBodyIsABadRequest() throws Exception {
        assertThat(post("application/x-ndjson", "").statusCode()).isEqualTo(400);
        assertThat(post("application/x-ndjson", "\n  \n").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> post(String contentType, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import"))
                .header("Content-Type", contentType)
                .header("Authorization", TestUsers.adminBasic())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
