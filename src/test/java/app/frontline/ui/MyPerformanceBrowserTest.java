package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.FixtureStore;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agent's own panel on fixtures/myperf.ndjson, with "now" pinned to Wednesday 5 March 2025
 * 15:00 UTC (store zone UTC): today is 5 March, this week 3–5 March. Team EMEA (SLA 60 min) has
 * Ann (m1, m2 today; m3 on Monday), Ben (m4 today; m5 on Tuesday, never replied) and Dee (nothing);
 * Cas (m6) is in another team. Worked out by hand:
 * <pre>
 *              conv  acquisition     retention      happy neutral sad  archived replied on time  FRT (mean)       CSAT
 * Ann today     2    100.00, 1/2=50%  70.00, 1/2=50%  1     0      1     1        2      1/2=50%  (600+5400)/2     5,2 → 50%
 *                                                                                                  = 3000 s = 50 min
 * Ann week      3    100.00, 33.3%    70.00, 33.3%    1     1      1     2        3      2/3      (+1800)/3 = 2600 s 5,2,5 → 66.7%
 * EMEA today    3    400.00, 2/3      70.00, 1/3      2     0      1     2        3      2/3      (600+5400+300)/3 5,2,4 → 66.7%
 *                                                                                                  = 2100 s = 35 min
 * EMEA week     5    400.00, 2/5=40%  70.00, 1/5=20%  2     1      1     3        4      3/4=75%  8100/4 = 2025 s   5,2,4,5 → 75%
 * </pre>
 * m1's order (n1, first ever) and m4's (n3) are new-customer orders; m2's (" E1@") follows o0 of
 * January by e1, so it is an existing customer's.
 */
class MyPerformanceBrowserTest extends BrowserTestSupport {

    @Autowired
    FixtureStore fixtures;

    @Autowired
    RecordImporter importer;

    @BeforeEach
    void loadFixture() {
        fixtures.replaceWith("myperf.ndjson");
        TestClock.pin(Instant.parse("2025-03-05T15:00:00Z"));
        chromium.resize(1280, 800);
    }

    @AfterEach
    void unpin() {
        TestClock.unpin();
    }

    @Test
    void personalAndTeamTodayAndThisWeek() throws IOException {
        // reached from the scorecard
        open("/agents/a-ann?from=2025-03-03&to=2025-03-09&zone=UTC", "open-as-agent");
        driver().findElement(By.id("open-as-agent")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/me/a-ann") && !d.findElements(By.id("me-panel")).isEmpty());
        assertThat(text("me-name")).isEqualTo("Ann Aalders");
        assertThat(text("me-caption")).contains("Personal", "2025-03-05");
        assertPanel(Map.ofEntries(Map.entry("conversations", "2"), Map.entry("acquisitionRevenue", "€100.00"),
                Map.entry("acquisitionRate", "50.0 %"), Map.entry("retentionRevenue", "€70.00"),
                Map.entry("retentionRate", "50.0 %"), Map.entry("happy", "1"),
                Map.entry("neutral", "0"), Map.entry("sad", "1"), Map.entry("archived", "1"), Map.entry("replied", "2"),
                Map.entry("onTimeRate", "50.0 %"), Map.entry("firstResponseTime", "50 min"),
                Map.entry("csat", "50.0 %")));
        chromium.screenshot("me-personal-today-1280");
        // a group's few cards share the desktop width: a duration stays on one line, no empty columns
        assertThat(((Number) js("""
                const card = document.getElementById('me-firstResponseTime').parentElement;
                return card.getBoundingClientRect().width / document.getElementById('me-panel')
                    .getBoundingClientRect().width""")).doubleValue()).isGreaterThan(0.45);
        assertThat(((Number) js("return document.getElementById('me-firstResponseTime').getClientRects().length"))
                .intValue()).isEqualTo(1);

        // the team, today: one click on the switch
        pick("scope", "Team");
        waitFor(d -> d.getCurrentUrl().contains("scope=team") && text("me-caption").startsWith("Team EMEA"));
        assertPanel(Map.ofEntries(Map.entry("conversations", "3"), Map.entry("acquisitionRevenue", "€400.00"),
                Map.entry("acquisitionRate", "66.7 %"), Map.entry("retentionRevenue", "€70.00"),
                Map.entry("retentionRate", "33.3 %"), Map.entry("happy", "2"),
                Map.entry("neutral", "0"), Map.entry("sad", "1"), Map.entry("archived", "2"), Map.entry("replied", "3"),
                Map.entry("onTimeRate", "66.7 %"), Map.entry("firstResponseTime", "35 min"),
                Map.entry("csat", "66.7 %")));

        // the team, this week
        pick("when", "This week");
        waitFor(d -> d.getCurrentUrl().contains("when=week") && text("me-caption").contains("2025-03-03"));
        assertPanel(Map.ofEntries(Map.entry("conversations", "5"), Map.entry("acquisitionRevenue", "€400.00"),
                Map.entry("acquisitionRate", "40.0 %"), Map.entry("retentionRevenue", "€70.00"),
                Map.entry("retentionRate", "20.0 %"), Map.entry("happy", "2"),
                Map.entry("neutral", "1"), Map.entry("sad", "1"), Map.entry("archived", "3"), Map.entry("replied", "4"),
                Map.entry("onTimeRate", "75.0 %"), Map.entry("firstResponseTime", "33 min 45 s"),
                Map.entry("csat", "75.0 %")));
        chromium.screenshot("me-team-week-1280");

        // personal, this week
        pick("scope", "Personal");
        waitFor(d -> !d.getCurrentUrl().contains("scope=team") && text("me-caption").startsWith("Personal"));
        assertPanel(Map.ofEntries(Map.entry("conversations", "3"), Map.entry("acquisitionRevenue", "€100.00"),
                Map.entry("acquisitionRate", "33.3 %"), Map.entry("retentionRevenue", "€70.00"),
                Map.entry("retentionRate", "33.3 %"), Map.entry("happy", "1"),
                Map.entry("neutral", "1"), Map.entry("sad", "1"), Map.entry("archived", "2"), Map.entry("replied", "3"),
                Map.entry("onTimeRate", "66.7 %"), Map.entry("firstResponseTime", "43 min 20 s"),
                Map.entry("csat", "66.7 %")));

        chromium.resize(390, 844);
        open("/me/a-ann?scope=team", "me-panel");
        chromium.screenshot("me-team-today-390");
        Number widest = (Number) js("""
                return Math.max(...Array.from(document.querySelectorAll('vaadin-app-layout *'))
                    .map(e => e.getBoundingClientRect().right));""");
        assertThat(widest.doubleValue()).isLessThanOrEqualTo(((Number) js("return window.innerWidth")).doubleValue() + 0.5);
    }

    @Test
    void nothingYetAndNoSuchAgent() throws IOException {
        open("/me/a-dee", "no-data");
        assertThat(text("no-data")).isEqualTo("No conversations yet today");
        chromium.screenshot("me-empty-1280");
        open("/me/a-dee?when=week", "no-data");
        assertThat(text("no-data")).isEqualTo("No conversations yet this week");
        // her team did have some
        open("/me/a-dee?scope=team", "me-panel");
        assertThat(text("me-replied")).isEqualTo("3");
        open("/me/nobody", "no-agent");
    }

    /**
     * Today follows imports without a reload. m7 (Ann, replied after 10 min) makes her day 3
     * conversations, 3 replied, on time 2/3 = 66.7 %, first response (600 + 5400 + 600) / 3 = 2200 s
     * = 36 min 40 s, acquisition 1/3 = 33.3 %. Dee's empty day gets its panel with m8.
     */
    @Test
    void todayUpdatesLiveWhenRecordsAreImported() throws IOException {
        open("/me/a-ann", "me-panel");
        assertThat(text("me-conversations")).isEqualTo("2");
        js("window.notReloaded = true");
        load("{\"type\":\"conversation\",\"id\":\"m7\",\"channel\":\"chat\",\"teamId\":\"t-emea\","
                + "\"assigneeAgentId\":\"a-ann\",\"createdAt\":\"2025-03-05T14:00:00Z\","
                + "\"firstReplyAt\":\"2025-03-05T14:10:00Z\"}");
        waitFor(d -> text("me-conversations").equals("3"));
        assertPanel(Map.of("replied", "3", "onTimeRate", "66.7 %", "firstResponseTime", "36 min 40 s",
                "acquisitionRate", "33.3 %", "csat", "50.0 %"));
        assertThat(js("return window.notReloaded === true")).isEqualTo(true);
        chromium.screenshot("me-live-today-1280");

        open("/me/a-dee", "no-data");
        load("{\"type\":\"conversation\",\"id\":\"m8\",\"teamId\":\"t-emea\",\"assigneeAgentId\":\"a-dee\","
                + "\"createdAt\":\"2025-03-05T14:30:00Z\"}");
        waitFor(d -> !d.findElements(By.id("me-panel")).isEmpty());
        assertPanel(Map.of("conversations", "1", "replied", "0"));
    }

    private void load(String ndjson) {
        importer.importNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
    }

    private void assertPanel(Map<String, String> expected) {
        expected.forEach((key, value) -> assertThat(text("me-" + key)).as(key).isEqualTo(value));
    }

    /** Clicks a radio button of a switch by its label. */
    private void pick(String groupId, String label) {
        driver().findElements(By.cssSelector("#" + groupId + " vaadin-radio-button")).stream()
                .filter(b -> b.getText().equals(label)).findFirst().orElseThrow()
                .findElement(By.tagName("label")).click();
    }

    private WebDriver driver() {
        return chromium.driver();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver()).executeScript(script);
    }

    private String text(String id) {
        return driver().findElement(By.id(id)).getText();
    }

    private void open(String path, String waitForId) {
        driver().get("http://localhost:" + port + path);
        new WebDriverWait(driver(), Duration.ofSeconds(180))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(waitForId)));
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver(), Duration.ofSeconds(30)).ignoring(RuntimeException.class).until(condition::apply);
    }
}
