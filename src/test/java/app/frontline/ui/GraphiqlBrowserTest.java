package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** GraphiQL from the app's own assets: loads offline, opens with the default query, runs it. */
class GraphiqlBrowserTest extends BrowserTestSupport {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RecordImporter importer;

    /**
     * The default query is last week's dashboard: two teams, four agents, and in last week (UTC,
     * the store's zone) 7 conversations of Alice's and 3 approved orders of 10.00 she created.
     */
    private void loadLastWeek() {
        DirectoryFixture.clear(mongo, rollups);
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        StringBuilder ndjson = new StringBuilder("""
                {"type":"team","id":"t-web","name":"Web Shop Support","timeZone":"Europe/Amsterdam"}
                {"type":"team","id":"t-phone","name":"Phone Orders","timeZone":"America/New_York","slaFirstReplyMinutes":15}
                {"type":"agent","id":"a-1","name":"Alice Jansen","teamId":"t-web"}
                {"type":"agent","id":"a-2","name":"Bram de Vries","teamId":"t-web","active":false}
                {"type":"agent","id":"a-3","name":"Carla Gómez","teamId":"t-phone"}
                {"type":"agent","id":"a-4","name":"Dmitri Ivanov","teamId":"t-phone"}
                """);
        for (int i = 1; i <= 7; i++) {
            ndjson.append("{\"type\":\"conversation\",\"id\":\"c-%d\",\"teamId\":\"t-web\",\"assigneeAgentId\":\"a-1\",\"createdAt\":\"%sT1%d:00:00Z\"}\n"
                    .formatted(i, monday.plusDays(i - 1), i));
        }
        for (int i = 1; i <= 3; i++) {
            ndjson.append("{\"type\":\"order\",\"id\":\"o-%d\",\"status\":\"approved\",\"createdAt\":\"%sT09:00:00Z\",\"customerEmail\":\"c%d@x.example\",\"total\":\"10.00\",\"createdByAgentId\":\"a-1\"}\n"
                    .formatted(i, monday.plusDays(i), i));
        }
        var summary = importer.importNdjson(new ByteArrayInputStream(ndjson.toString().getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE);
        assertThat(summary.rejected()).isZero();
    }

    @Test
    void runsTheDefaultQueryAgainstTheStore() throws IOException {
        loadLastWeek();
        WebDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + "/graphiql");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        WebElement editor = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".graphiql-query-editor .CodeMirror")));
        assertThat(editor.getText()).contains("query WeeklyDashboard", "LAST_WEEK", "Welcome to Frontline");
        chromium.screenshot("graphiql-loaded");

        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
        WebElement result = browser.findElement(By.cssSelector(".result-window"));
        wait.until(ExpectedConditions.textToBePresentInElement(result, "\"data\""));
        // CodeMirror renders only the lines in view: read the whole result from the editor itself
        String json = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('.result-window .CodeMirror').CodeMirror.getValue()");
        assertThat(json).contains("\"label\": \"Last week\"", "\"conversations\": 7", "\"orders\": 3",
                "\"revenue\": 30", "Phone Orders", "Web Shop Support", "Alice Jansen", "Bram de Vries")
                .doesNotContain("\"errors\"");
        chromium.screenshot("graphiql-result");
    }
}
