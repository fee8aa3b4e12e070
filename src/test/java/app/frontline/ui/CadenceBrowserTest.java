package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.GeneratedConversations;
import app.frontline.cadence.Benchmarks;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Benchmarks, status, surges and the forecast in the browser. Team Alpha has 10 weeks of
 * conversations from Monday 2026-01-05, 10, 12, 14, 12, 10, 4, 3 Monday to Sunday, except 40 on
 * Wednesday 2026-03-11; Ada, Bob and Cy take them in turn and first reply after 120 s, 600 s and
 * 3000 s. "Now" is Monday 2026-03-16 10:00 UTC. By hand:
 * <ul>
 * <li>the surge: 2026-03-11's history is the 4 weeks before, each weekday 4 times: mean 65/7 ≈ 9.29,
 * sd ≈ 3.88, threshold ≈ 17.05 < 40. The days after have 40 in their history and 14 at most
 * themselves: no surge. So the week's chart marks 2026-03-11 only;
 * <li>first response benchmark (lower is better) target 300, warn 600, breach 1800: Ada's 120 s is OK,
 * Bob's 600 s sits on warn: WARN, Cy's 3000 s BREACH;
 * <li>staffing: the store's agentCapacity target 6 × 5 working days = 30 conversations per agent a
 * week against a forecast of roughly 65–70 a week: 3 agents; headcount 4 (Ada, Bob, Cy, Ed; Di left).
 * </ul>
 */
class CadenceBrowserTest extends BrowserTestSupport {

    private static final LocalDate FIRST = LocalDate.parse("2026-01-05");
    private static final int[] WEEKDAYS = {10, 12, 14, 12, 10, 4, 3};
    private static final String WEEK = "from=2026-03-09&to=2026-03-15&zone=UTC";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RecordImporter importer;

    @Autowired
    Benchmarks benchmarks;

    @BeforeEach
    void load() throws IOException {
        DirectoryFixture.clear(mongo, rollups);
        mongo.remove(new Query(), "benchmarks");
        try (InputStream in = new ClassPathResource("fixtures/cadence-teams.ndjson").getInputStream()) {
            assertThat(importer.importNdjson(in, ImportProgress.NONE).rejected()).isZero();
        }
        var data = new GeneratedConversations();
        String[] agents = {"a-1", "a-2", "a-3"};
        int[] replies = {120, 600, 3000};
        for (int d = 0; d < 70; d++) {
            LocalDate day = FIRST.plusDays(d);
            int count = day.equals(LocalDate.parse("2026-03-11")) ? 40 : WEEKDAYS[d % 7];
            for (int a = 0; a < 3; a++) {
                int share = count / 3 + (a < count % 3 ? 1 : 0);
                data.on(day, "t-a", share, agents[a], replies[a]);
            }
        }
        data.importInto(importer);
        benchmarks.set(new Benchmarks.Input("agentCapacity", null, 6, 4, 3));
        TestClock.pin(Instant.parse("2026-03-16T10:00:00Z"));
        chromium.resize(1280, 900);
    }

    @AfterEach
    void unpin() {
        TestClock.unpin();
        mongo.remove(new Query(), "benchmarks");
    }

    @Test
    void benchmarksStatusSurgesAndForecast() throws Exception {
        // the editor: a refused benchmark shows why on its field; a good one is stored
        open("/benchmarks", "bench-firstResponseTime");
        type("csat-target", "80");
        type("csat-warn", "90");
        type("csat-breach", "70");
        driver().findElement(By.id("save-csat")).click();
        waitFor(d -> "true".equals(d.findElement(By.id("csat-warn")).getAttribute("invalid")));
        assertThat(js("return document.getElementById('csat-warn').errorMessage"))
                .isEqualTo("must be at most the target (80) for csat, where higher is better");
        type("firstResponseTime-target", "300");
        type("firstResponseTime-warn", "600");
        type("firstResponseTime-breach", "1800");
        driver().findElement(By.id("save-firstResponseTime")).click();
        waitFor(d -> "true".equals(d.findElement(By.id("bench-firstResponseTime")).getAttribute("data-set")));
        Document stored = mongo.findById("store/firstResponseTime", Document.class, "benchmarks");
        assertThat(stored).isNotNull();
        assertThat(stored.getDouble("warn")).isEqualTo(600.0);
        assertThat(mongo.findById("store/csat", Document.class, "benchmarks")).isNull();
        scrollTo("bench-firstResponseTime");
        chromium.screenshot("benchmarks-1280");

        // a team's page shows the store's values it falls back to
        open("/benchmarks?team=t-a", "bench-firstResponseTime");
        waitFor(d -> d.findElement(By.cssSelector("#bench-firstResponseTime .benchmark-note")).getText()
                .equals("uses the store's: 300 / 600 / 1800"));

        // the dashboard: badges on the cards, the surge on the volume chart
        open("/dashboard?" + WEEK, "kpi-cards");
        waitFor(d -> !d.findElements(By.cssSelector("#kpi-firstResponseTime .kpi-status")).isEmpty());
        assertThat(driver().findElement(By.id("kpi-agentCapacity")).getAttribute("data-status")).isNotNull();
        assertThat(driver().findElement(By.id("kpi-conversations")).getAttribute("data-status")).isNull();
        assertThat(js("return document.getElementById('ticket-volume').config.markers"))
                .isEqualTo(List.of(Map.of("date", "2026-03-11", "label", "Surge")));
        scrollTo("group-EFFICIENCY_EXPERIENCE");
        chromium.screenshot("cadence-dashboard-1280");
        scrollTo("ticket-volume");
        chromium.screenshot("cadence-surge-1280");

        // the agent grid: first response tinted by status
        open("/agents?" + WEEK, "agents-grid");
        waitFor(d -> statusOf("2 min") != null);
        assertThat(statusOf("2 min")).isEqualTo("OK");
        assertThat(statusOf("10 min")).isEqualTo("WARN");
        assertThat(statusOf("50 min")).isEqualTo("BREACH");
        chromium.screenshot("cadence-agents-1280");

        // the forecast: weeks ahead with their 80 % band and the headcount line
        open("/forecast", "forecast-volume");
        assertThat(js("return document.getElementById('forecast-volume').config.series.map(s => s.name)"))
                .isEqualTo(List.of("Actual", "Forecast", "80 % band", "80 % band", "Backtest"));
        // the band spans the 4 backtest weeks and the 6 weeks ahead, and holds the forecast
        assertThat(js("const c = document.getElementById('forecast-volume').config;"
                + " return c.series[1].values.every((v, i) => v === null || (c.series[3].values[i] <= v"
                + " && v <= c.series[2].values[i])) && c.series[2].values.filter(v => v !== null).length"))
                .isEqualTo(10L);
        assertThat(js("return document.getElementById('forecast-staffing').config.series[1]"))
                .isEqualTo(Map.of("name", "Headcount 4", "kind", "line", "values", List.of(4L, 4L, 4L, 4L, 4L, 4L)));
        assertThat(driver().findElement(By.id("forecast-caption")).getText())
                .contains("Learnt from 2026-01-05 – 2026-03-15", "backtest error", "seasonal-naive baseline",
                        "Holt-Winters", "80 % prediction interval");
        @SuppressWarnings("unchecked")
        List<Object> needed = (List<Object>) js(
                "return document.getElementById('forecast-staffing').config.series[0].values");
        assertThat(needed).hasSize(6).containsOnly(3L);
        chromium.screenshot("forecast-1280");
        scrollTo("forecast-staffing");
        chromium.screenshot("forecast-staffing-1280");
        chromium.resize(390, 844);
        open("/forecast?weeks=4", "forecast-volume");
        chromium.screenshot("forecast-390");
        // the chart's heading sits above the chart, so its legend cannot overlap it
        assertThat(js("const h = document.querySelector('#forecast-volume').previousElementSibling;"
                + " return h.getBoundingClientRect().bottom <= document.querySelector('#forecast-volume')"
                + ".getBoundingClientRect().top"))
                .isEqualTo(true);
        scrollTo("forecast-volume");
        chromium.screenshot("forecast-chart-390");
        open("/benchmarks", "bench-csat");
        chromium.screenshot("benchmarks-390");
    }

    /** The status of the agent grid's cell showing this text. */
    private String statusOf(String text) {
        Object status = js("const s = [...document.querySelectorAll('vaadin-grid-cell-content span[data-status]')]"
                + ".find(e => e.textContent === arguments[0]); return s ? s.dataset.status : null;", text);
        return (String) status;
    }

    private void type(String id, String value) {
        WebElement input = driver().findElement(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    private void scrollTo(String id) {
        js("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    private WebDriver driver() {
        return chromium.driver();
    }

    private void open(String path, String waitForId) {
        driver().get("http://localhost:" + port + path);
        new WebDriverWait(driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(waitForId)));
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver(), Duration.ofSeconds(30)).ignoring(RuntimeException.class).until(condition::apply);
    }
}
