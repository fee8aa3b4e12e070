package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.TestUsers;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A manager of EMEA on fixtures/dashboard.ndjson (see {@link ManagerViewsBrowserTest} for the
 * numbers): the agent grid lists their team's agents, Ann and Ben, and its footer holds EMEA's own
 * values (3 conversations, first reply (270 + 7200 + 90) / 3 = 2520 s = 42 min, on time 2 of 3 = 66.7 %, CSAT 1 of 2 = 50.0 %, orders 2, revenue
 * 150.50), not the store's 4 conversations and 350.50.
 */
class ManagerScopeBrowserTest extends BrowserTestSupport {

    private static final String USER = "emea-manager";
    private static final String PASSWORD = "emea-manager-password";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RecordImporter importer;

    /** The manager is created (through the API, as the administrator) before the browser signs in. */
    @Override
    String[] signInAs() {
        try {
            String query = new ClassPathResource("graphql-test/createUser.graphql").getContentAsString(StandardCharsets.UTF_8);
            var mapper = JsonMapper.builder().build();
            String body = mapper.writeValueAsString(Map.of("query", query, "variables", Map.of("input", Map.of(
                    "username", USER, "password", PASSWORD, "role", "MANAGER", "teamIds", List.of("t-emea")))));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/graphql")).header("Content-Type", "application/json")
                    .header("Authorization", TestUsers.adminBasic()).POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            // a second run in the same context finds the user already there
            assertThat(response.body()).containsAnyOf("\"username\":\"" + USER + "\"", "already");
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        return new String[] {USER, PASSWORD};
    }

    @BeforeEach
    void loadFixture() throws IOException {
        DirectoryFixture.clear(mongo, rollups);
        try (InputStream in = new ClassPathResource("fixtures/dashboard.ndjson").getInputStream()) {
            assertThat(importer.importNdjson(in, ImportProgress.NONE).rejected()).isZero();
        }
    }

    @Test
    void theAgentGridFooterHoldsTheManagersTeamNotTheStore() throws IOException {
        chromium.resize(1280, 800);
        open("/agents?from=2025-03-03&to=2025-03-09&zone=UTC");
        assertThat(gridRows("agents-grid", "tbody#items tr")).extracting(List::getFirst).containsExactly("Ann Aalders", "Ben Brouwer");
        assertThat(gridRows("agents-grid", "tfoot tr")).containsExactly(List.of("EMEA", "", "3", "3", "66.7 %", "42 min", "—",
                "50.0 %", "2", "€150.50"));
        assertThat(chromium.driver().findElement(By.id("period-label")).getText()).endsWith("your teams");
        chromium.screenshot("agents-manager-1280");
        chromium.resize(390, 844);
        open("/agents?from=2025-03-03&to=2025-03-09&zone=UTC");
        chromium.screenshot("agents-manager-390");
    }

    private void open(String path) {
        chromium.driver().get("http://localhost:" + port + path);
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("agents-grid")));
    }
}
