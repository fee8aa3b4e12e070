package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.FixtureStore;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agent scorecard's trend and drill-down lists on fixtures/agent-drilldown.ndjson, the week
 * 3–9 March 2025 (UTC). Ann has 30 conversations d01..d30, d<i> started 5·i hours after Monday
 * 00:00, so newest first is d30..d01; odd i were replied to; i mod 3 = 0 rated sad, 1 happy, 2
 * neutral. So: the first page is d30..d06 and "Load more" adds d05..d01; sad ones are d30, d27 ...
 * d03 (10); sad and replied d27, d21, d15, d09, d03. One more of hers (b01) the week before; Ben's
 * x01 and o99 never show. Her orders o01..o05 were created Mon..Fri; o02 charged back, o03 refunded,
 * o04 cancelled.
 */
class AgentDrilldownBrowserTest extends BrowserTestSupport {

    private static final String ANN = "/agents/a-ann?from=2025-03-03&to=2025-03-09&zone=UTC";

    @Autowired
    FixtureStore fixtures;

    @BeforeEach
    void loadFixture() {
        fixtures.replaceWith("agent-drilldown.ndjson");
        chromium.resize(1280, 800);
    }

    @Test
    void conversationsPageFilterAndLoadMore() throws IOException {
        open(ANN, "conversations-grid");
        assertThat(ids("conversations-grid")).isEqualTo(newestFirst(30, 6));
        assertThat(text("conversations-count")).isEqualTo("25 of 30");
        click("conversations-more");
        waitFor(d -> ids("conversations-grid").size() == 30);
        assertThat(ids("conversations-grid")).isEqualTo(newestFirst(30, 1));
        assertThat(text("conversations-count")).isEqualTo("30 of 30");
        assertThat(driver().findElement(By.id("conversations-more")).isDisplayed()).isFalse();
        assertThat(rows("conversations-grid").get(29)).containsExactly("d01", "2025-03-03 05:00", "Chat", "10 min",
                "Happy", "");

        choose("filter-rated", "Sad");
        waitFor(d -> ids("conversations-grid").size() == 10);
        assertThat(ids("conversations-grid")).containsExactly("d30", "d27", "d24", "d21", "d18", "d15", "d12", "d09",
                "d06", "d03");
        assertThat(driver().findElement(By.id("conversations-more")).isDisplayed()).isFalse();
        choose("filter-replied", "Yes");
        waitFor(d -> ids("conversations-grid").size() == 5);
        assertThat(ids("conversations-grid")).containsExactly("d27", "d21", "d15", "d09", "d03");
        assertThat(text("conversations-count")).isEqualTo("5 of 5");
        js("document.getElementById('conversations').scrollIntoView()");
        chromium.screenshot("agent-conversations-1280");
    }

    @Test
    void ordersByEvent() throws IOException {
        open(ANN, "orders-grid");
        assertThat(ids("orders-grid")).containsExactly("o05", "o04", "o03", "o02", "o01");
        choose("filter-order-event", "Charged back");
        waitFor(d -> ids("orders-grid").equals(List.of("o02")));
        assertThat(rows("orders-grid").getFirst()).containsExactly("o02", "2025-03-06 09:00", "Approved",
                "c2@shop.example", "€20.00");
        choose("filter-order-event", "Refunded");
        waitFor(d -> ids("orders-grid").equals(List.of("o03")));
        choose("filter-order-event", "Cancelled");
        waitFor(d -> ids("orders-grid").equals(List.of("o04")));
        js("document.getElementById('orders').scrollIntoView()");
        chromium.screenshot("agent-orders-1280");
    }

    @Test
    void weeklyTrendOfAChosenMetric() throws IOException {
        open(ANN, "agent-trend-chart");
        // 13 weeks up to the period's end: Ann's conversations, 1 the week before, 30 in it
        waitFor(d -> "Conversations by week".equals(js("return document.getElementById('agent-trend-chart').config.title")));
        @SuppressWarnings("unchecked")
        List<String> dates = (List<String>) js("return document.getElementById('agent-trend-chart').config.dates");
        assertThat(dates).hasSize(13).startsWith("2024-12-09").endsWith("2025-02-24", "2025-03-03");
        List<Double> expected = new ArrayList<>(IntStream.range(0, 11).mapToObj(i -> 0d).toList());
        expected.add(1d);
        expected.add(30d);
        assertThat(numbers("return document.getElementById('agent-trend-chart').config.series[0].values"))
                .isEqualTo(expected);
        choose("trend-metric", "Sad");
        waitFor(d -> "Sad by week".equals(js("return document.getElementById('agent-trend-chart').config.title")));
        List<Double> sad = numbers("return document.getElementById('agent-trend-chart').config.series[0].values");
        assertThat(sad.subList(11, 13)).containsExactly(1d, 10d);
        // kept in the URL: a reload shows the same metric
        waitFor(d -> d.getCurrentUrl().contains("metric=sad"));
        assertThat(driver().getCurrentUrl()).contains("/agents/a-ann?", "from=2025-03-03", "to=2025-03-09");
        driver().navigate().refresh();
        waitFor(d -> "Sad by week".equals(js("return document.getElementById('agent-trend-chart').config.title")));
        js("document.getElementById('agent-trend').scrollIntoView()");
        chromium.screenshot("agent-trend-1280");

        chromium.resize(390, 844);
        open(ANN, "orders-grid");
        js("document.getElementById('agent-trend').scrollIntoView()");
        chromium.screenshot("agent-trend-390");
        js("document.getElementById('conversations').scrollIntoView()");
        chromium.screenshot("agent-conversations-390");
        Number widest = (Number) js("""
                return Math.max(...Array.from(document.querySelectorAll('vaadin-app-layout *'))
                    .filter(e => !e.parentElement.closest('vaadin-grid'))
                    .map(e => e.getBoundingClientRect().right));""");
        assertThat(widest.doubleValue()).isLessThanOrEqualTo(((Number) js("return window.innerWidth")).doubleValue() + 0.5);
    }

    private static List<String> newestFirst(int from, int to) {
        return IntStream.rangeClosed(to, from).map(i -> from + to - i).mapToObj(i -> String.format("d%02d", i)).toList();
    }

    private List<String> ids(String gridId) {
        return rows(gridId).stream().map(List::getFirst).toList();
    }

    /** The texts of a grid's body rows in display order, cell by cell. */
    private List<List<String>> rows(String gridId) {
        return gridRows(gridId, "tbody#items tr");
    }

    /**
     * Opens a Select and clicks the item with that label, as a person would; by script, since a
     * long list's item may lie outside the overlay's scrolled part, where WebDriver cannot click.
     */
    private void choose(String selectId, String label) {
        js("document.getElementById(arguments[0]).opened = true", selectId);
        waitFor(d -> Boolean.TRUE.equals(js("""
                const select = document.getElementById(arguments[0]);
                const own = select.querySelectorAll('vaadin-select-item');
                const items = own.length > 0 ? own : document.querySelectorAll('vaadin-select-item');
                const item = Array.from(items).find(i => i.textContent.trim() === arguments[1]);
                if (item) item.click();
                return !!item;""", selectId, label)));
    }

    /** Scrolls an element to the middle of the viewport (clear of the navbar), then clicks it. */
    private void click(String id) {
        js("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id);
        driver().findElement(By.id(id)).click();
    }

    private WebDriver driver() {
        return chromium.driver();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    private List<Double> numbers(String script) {
        return ((List<Object>) js(script)).stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    /** An element's text, also when it is scrolled out of view (WebDriver's getText() is then ""). */
    private String text(String id) {
        return String.valueOf(js("return document.getElementById(arguments[0]).textContent", id)).trim();
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
