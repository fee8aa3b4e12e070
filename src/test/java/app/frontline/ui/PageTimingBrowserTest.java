package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.TestUsers;
import app.frontline.ingest.RecordImporter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * How long a person waits for numbers, on the demo store, measured inside headless Chromium: from
 * the click on a menu item (or a filter) to the first frame that shows the page's numbers, split into
 * the server round trip (Vaadin's UIDL request: the GraphQL query and building the view) and the page
 * (rendering what came back). Also a cold load (typed address) from navigation start. The figures are
 * logged; the asserts have generous margins, as the machine is shared (goals: 1 s after navigation,
 * 0.5 s after a filter change).
 */
class PageTimingBrowserTest extends BrowserTestSupport {

    /** Numbers on screen: an element of the page's own that holds a digit. */
    private static final Map<String, String> NUMBERS = Map.of(
            "dashboard", "#kpi-cards .kpi-value, .kpi-value",
            "agents", "#agents-grid vaadin-grid-cell-content",
            "scorecard", "#scorecard vaadin-grid-cell-content, #scorecard",
            "me", "#me-panel");

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RecordImporter importer;

    @Test
    void numbersAppearSoonAfterNavigationAndAfterAFilterChange() throws Exception {
        DemoStore.load(mongo, rollups, importer, port);
        WebDriver browser = chromium.driver();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        chromium.resize(1280, 800);
        browser.get(url("/glossary"));
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-dashboard")));

        List<Timing> navigations = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            navigations.add(click("dashboard", "#nav-dashboard", NUMBERS.get("dashboard")));
            navigations.add(click("agents", "#nav-agents", NUMBERS.get("agents")));
        }
        // /me from the scorecard's "Open as agent"
        browser.get(url("/agents/a-1"));
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("open-as-agent")));
        navigations.add(click("me", "#open-as-agent", NUMBERS.get("me")));
        // a filter change on the dashboard: the period
        browser.get(url("/dashboard?preset=LAST_WEEK"));
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(NUMBERS.get("dashboard"))));
        List<Timing> filters = new ArrayList<>();
        for (String preset : List.of("Last 30 days", "Last month", "Last week")) {
            filters.add(choose("dashboard period → " + preset, "period", preset, NUMBERS.get("dashboard")));
        }

        // cold loads (a typed address): from navigation start, bundle and all
        List<Timing> cold = new ArrayList<>();
        for (String page : List.of("dashboard", "agents")) {
            cold.add(load(page, "/" + page, NUMBERS.get(page)));
        }
        cold.add(load("me", "/me/a-1", NUMBERS.get("me")));
        // the agents grid's names are plain links: opening a scorecard from there loads the page anew
        cold.add(load("scorecard", "/agents/a-1", NUMBERS.get("scorecard")));
        assertThat(navigations).allSatisfy(t -> assertThat(t.totalMs()).as(t.what()).isLessThan(5_000));
        assertThat(filters).allSatisfy(t -> assertThat(t.totalMs()).as(t.what()).isLessThan(3_000));
        assertThat(cold).allSatisfy(t -> assertThat(t.totalMs()).as(t.what()).isLessThan(15_000));
    }

    record Timing(String what, double totalMs, double serverMs) {
    }

    /**
     * Clicks {@code trigger} as a pointer would and waits, inside the page, for the first frame after
     * the click that shows {@code ready} with a digit in it; the server part is the UIDL requests
     * started since. A page-side watcher is armed first, so the Selenium round trips are not counted.
     */
    private Timing click(String what, String trigger, String ready) {
        WebDriver browser = chromium.driver();
        ((JavascriptExecutor) browser).executeScript("""
                const ready = arguments[0];
                const before = new Set(document.querySelectorAll(ready));
                const timing = window.__flTiming = {t0: null, t1: null, server: null};
                window.addEventListener('click', () => { if (timing.t0 === null) timing.t0 = performance.now(); },
                    {capture: true, once: true});
                const check = () => {
                  if (timing.t0 !== null && [...document.querySelectorAll(ready)]
                      .some(e => !before.has(e) && /\\d/.test(e.textContent))) {
                    timing.t1 = performance.now();
                    timing.server = performance.getEntriesByType('resource')
                        .filter(r => r.name.includes('v-r=uidl') && r.startTime >= timing.t0 - 5)
                        .reduce((sum, r) => sum + (r.responseEnd - r.startTime), 0);
                  } else {
                    requestAnimationFrame(check);
                  }
                };
                requestAnimationFrame(check);
                """, ready);
        browser.findElement(By.cssSelector(trigger)).click();
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return window.__flTiming && window.__flTiming.t1 !== null"));
        Map<?, ?> timing = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
                "const t = window.__flTiming; return {total: t.t1 - t.t0, server: t.server};");
        return record(what, timing);
    }

    /** Picks {@code label} in the Select {@code id}: timed from the click on the item. */
    private Timing choose(String what, String id, String label, String ready) {
        WebDriver browser = chromium.driver();
        browser.findElement(By.id(id)).click();
        wait(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']")));
        Map<?, ?> result = (Map<?, ?>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const [label, ready, done] = arguments;
                const before = new Set(document.querySelectorAll(ready));
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.textContent.trim() === label);
                const t0 = performance.now();
                const check = () => {
                  const fresh = [...document.querySelectorAll(ready)].some(e => !before.has(e) && /\\d/.test(e.textContent));
                  if (fresh) {
                    const server = performance.getEntriesByType('resource')
                        .filter(r => r.name.includes('v-r=uidl') && r.startTime >= t0 - 5)
                        .reduce((sum, r) => sum + (r.responseEnd - r.startTime), 0);
                    done({total: performance.now() - t0, server});
                  } else if (performance.now() - t0 > 60000) {
                    done({total: -1, server: -1});
                  } else {
                    requestAnimationFrame(check);
                  }
                };
                item.click();
                requestAnimationFrame(check);
                """, label, ready);
        return record(what, result);
    }

    /** A typed address: from navigation start to the first frame with numbers. */
    private Timing load(String what, String page, String ready) {
        WebDriver browser = chromium.driver();
        browser.get(url(page));
        Map<?, ?> result = (Map<?, ?>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const [ready, done] = arguments;
                const check = () => {
                  if ([...document.querySelectorAll(ready)].some(e => /\\d/.test(e.textContent))) {
                    const server = performance.getEntriesByType('resource')
                        .filter(r => r.name.includes('v-r='))
                        .reduce((sum, r) => sum + (r.responseEnd - r.startTime), 0);
                    const nav = performance.getEntriesByType('navigation')[0];
                    done({total: performance.now(), server: server + (nav ? nav.responseEnd : 0)});
                  } else if (performance.now() > 60000) {
                    done({total: -1, server: -1});
                  } else {
                    requestAnimationFrame(check);
                  }
                };
                requestAnimationFrame(check);
                """, ready);
        return record("cold " + what, result);
    }

    private Timing record(String what, Map<?, ?> result) {
        double total = ((Number) result.get("total")).doubleValue();
        double server = ((Number) result.get("server")).doubleValue();
        assertThat(total).as(what + ": numbers never appeared").isGreaterThanOrEqualTo(0);
        String line = String.format("[timing] %-40s %6.0f ms total, %6.0f ms server round trip, %6.0f ms page", what,
                total, server, total - server);
        System.out.println(line);
        return new Timing(what, total, server);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) chromium.driver()).executeScript(script);
    }

    private String url(String page) {
        return "http://localhost:" + port + page;
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @Override
    String[] signInAs() {
        return new String[] {TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD};
    }
}
