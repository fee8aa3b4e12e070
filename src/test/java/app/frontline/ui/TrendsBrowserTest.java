package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.frontline.FixtureStore;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trends page on fixtures/trends.ndjson (UTC store, two weeks from Monday 2 March 2026): the
 * charts are drawn by ECharts and carry exactly the numbers worked out by hand.
 */
class TrendsBrowserTest extends BrowserTestSupport {

    private static final String TWO_WEEKS = "/trends?from=2026-03-02&to=2026-03-15";
    /** Conversations created each day, 2–15 March; one just before and one just after are left out. */
    private static final List<Double> DAILY = List.of(3d, 1d, 0d, 4d, 2d, 0d, 1d, 2d, 0d, 5d, 1d, 0d, 0d, 2d);

    @Autowired
    FixtureStore fixtures;

    @BeforeEach
    void loadFixture() {
        fixtures.replaceWith("trends.ndjson");
    }

    @Test
    void drawsDailyVolumeAndWeeklyCsat() throws IOException {
        chromium.resize(1280, 800);
        open(TWO_WEEKS);

        assertThat(text("period-label")).isEqualTo("2 Mar 2026 – 15 Mar 2026");
        assertThat(strings("return document.getElementById('daily-volume').config.dates"))
                .hasSize(14).startsWith("2026-03-02").endsWith("2026-03-15");
        assertThat(numbers("return document.getElementById('daily-volume').config.series[0].values"))
                .isEqualTo(DAILY);
        // the busiest day highlighted, the average day (21 / 14) as a line
        assertThat(strings("return document.getElementById('daily-volume').config.markers.map(m => m.date)"))
                .containsExactly("2026-03-11");
        assertThat(number("return document.getElementById('daily-volume').config.line.value")).isEqualTo(1.5);

        // CSAT by ISO week: 2 of 3 answers ≥ 4, then 3 of 4
        assertThat(strings("return document.getElementById('weekly-metric').config.dates"))
                .containsExactly("2026-03-02", "2026-03-09");
        List<Double> csat = numbers("return document.getElementById('weekly-metric').config.series[0].values");
        assertThat(csat.get(0)).isCloseTo(200 / 3.0, within(0.01));
        assertThat(csat.get(1)).isCloseTo(75.0, within(0.01));
        assertThat(text("metric-select")).contains("CSAT");

        // ECharts drew them: an SVG with one bar per day that has conversations
        assertThat(number("return document.querySelectorAll('#daily-volume svg').length")).isEqualTo(1);
        assertThat(number("""
                return Array.from(document.querySelectorAll('#daily-volume svg path'))
                    .filter(p => p.getBoundingClientRect().height > 5 && p.getBoundingClientRect().width > 5
                        && p.getBoundingClientRect().width < 60).length""")).isGreaterThanOrEqualTo(9);
        assertThat(js("return document.querySelector('#weekly-metric svg').textContent"))
                .asString().contains("CSAT by week");
        chromium.screenshot("trends-1280");
        js("document.getElementById('weekly-metric').scrollIntoView({block: 'end'})");
        chromium.screenshot("trends-1280-weekly");
    }

    @Test
    void anotherMetricReplacesTheWeeklyTrendAndIsKeptInTheUrl() throws IOException {
        chromium.resize(1280, 800);
        WebDriver browser = open(TWO_WEEKS);

        // open the select and pick an item as a click would (the overlay is not reliably "displayed"
        // to WebDriver while it animates in headless mode)
        js("document.getElementById('metric-select').opened = true");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js("""
                const item = Array.from(document.querySelectorAll('vaadin-select-item'))
                    .find(i => i.textContent.trim() === 'Conversations');
                if (item) item.click();
                return !!item;""")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "Conversations by week".equals(
                js("return document.getElementById('weekly-metric').config.title")));

        assertThat(numbers("return document.getElementById('weekly-metric').config.series[0].values"))
                .containsExactly(11d, 10d);
        assertThat(browser.getCurrentUrl()).contains("/trends?")
                .contains("from=2026-03-02", "to=2026-03-15", "metric=conversations");
        chromium.screenshot("trends-conversations-1280");
    }

    @Test
    void fitsAPhone() throws IOException {
        chromium.resize(390, 844);
        WebDriver browser = open(TWO_WEEKS + "&metric=csat");

        Number widest = (Number) js("""
                return Math.max(...Array.from(document.querySelectorAll('vaadin-app-layout *'))
                    .map(e => e.getBoundingClientRect().right));""");
        Number viewport = (Number) js("return window.innerWidth");
        assertThat(viewport.intValue()).isLessThanOrEqualTo(390);
        assertThat(widest.doubleValue()).isLessThanOrEqualTo(viewport.doubleValue());
        // the chart follows its container's width
        assertThat(number("return document.querySelector('#daily-volume svg').getBoundingClientRect().width"))
                .isBetween(300.0, viewport.doubleValue());
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Trends");
        chromium.screenshot("trends-390");
        js("document.getElementById('weekly-metric').scrollIntoView({block: 'end'})");
        chromium.screenshot("trends-390-weekly");
    }

    @Test
    void aBadPeriodIsExplainedNotThrown() {
        chromium.resize(1280, 800);
        WebDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + "/trends?from=2026-03-15&to=2026-03-02");
        new WebDriverWait(browser, Duration.ofSeconds(180))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".problem")));
        assertThat(browser.findElement(By.cssSelector(".problem")).getText()).contains("could not be loaded");
    }

    private WebDriver open(String path) {
        WebDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + path);
        // the first page load in a fresh checkout waits for Vaadin's dev bundle build
        new WebDriverWait(browser, Duration.ofSeconds(180)).until(ExpectedConditions.and(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#daily-volume svg")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#weekly-metric svg"))));
        return browser;
    }

    private Object js(String script) {
        return ((JavascriptExecutor) chromium.driver()).executeScript(script);
    }

    private String text(String id) {
        return chromium.driver().findElement(By.id(id)).getText();
    }

    private double number(String script) {
        return ((Number) js(script)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private List<Double> numbers(String script) {
        return ((List<Object>) js(script)).stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String script) {
        return (List<String>) js(script);
    }
}
