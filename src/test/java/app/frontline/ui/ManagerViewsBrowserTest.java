package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manager views on fixtures/dashboard.ndjson, a fixed week (2025-03-03..09, UTC) and the week
 * before it. Numbers worked out by hand from that file:
 * <ul>
 * <li>this week: 4 conversations (previous week 1); first replies 270 s, 7200 s, 90 s, 600 s, so a
 * mean of 2040 s = 34 min and 3 of 4 within their team's SLA (60 / 60 / 60 / 30 min) = 75.0 %; CSAT
 * answers 5, 2, 4 → 66.7 %; orders 100.00 + 50.50 + 200.00 = 350.50 (previous week one of 80.00);
 * <li>chat only: c1 and c3, mean first reply (270 + 90) / 2 = 180 s = 3 min, both on time, CSAT of
 * c1's answer 100.0 %; orders have no channel, so they show "—";
 * <li>Ann: 2 conversations, first reply (270 + 7200) / 2 = 3735 s = 1 h 2 min, on time 50.0 %,
 * CSAT 50.0 %, orders 2, revenue 150.50.
 * </ul>
 */
class ManagerViewsBrowserTest extends BrowserTestSupport {

    private static final String WEEK = "from=2025-03-03&to=2025-03-09&zone=UTC";
    /** frontline.currency is EUR; headless Chromium asks for en-US. */
    private static final Numbers EURO = new Numbers(java.util.Currency.getInstance("EUR"), java.util.Locale.US);

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RecordImporter importer;

    @BeforeEach
    void loadFixture() throws IOException {
        DirectoryFixture.clear(mongo, rollups);
        try (InputStream in = new ClassPathResource("fixtures/dashboard.ndjson").getInputStream()) {
            assertThat(importer.importNdjson(in, ImportProgress.NONE).rejected()).isZero();
        }
        chromium.resize(1280, 800);
    }

    @Test
    void dashboardShowsTheWeekAndFollowsFilterChanges() throws Exception {
        long start = System.nanoTime();
        open("/dashboard?" + WEEK, "kpi-cards");
        long firstLoad = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[timing] dashboard first load: server %s ms, browser %d ms%n", serverMs(), firstLoad);
        // a second load, warm
        start = System.nanoTime();
        open("/dashboard?" + WEEK, "kpi-cards");
        System.out.printf("[timing] dashboard warm load: server %s ms, browser %d ms%n", serverMs(),
                (System.nanoTime() - start) / 1_000_000);

        assertThat(card("conversations")).isEqualTo("4");
        assertThat(change("conversations")).isEqualTo("▲ +3 vs 1");
        assertThat(card("onTimeRate")).isEqualTo("75.0 %");
        assertThat(change("onTimeRate")).isEqualTo("▼ −25.0 pp vs 100.0 %");
        assertThat(tone("onTimeRate")).isEqualTo("WORSE");
        assertThat(card("firstResponseTime")).isEqualTo("34 min");
        assertThat(tone("firstResponseTime")).isEqualTo("WORSE");
        assertThat(card("csat")).isEqualTo("66.7 %");
        assertThat(card("orders")).isEqualTo("3");
        assertThat(card("revenue")).isEqualTo("€350.50");
        assertThat(tone("revenue")).isEqualTo("BETTER");
        assertThat(tone("conversations")).isEqualTo("SAME");
        // a change that rounds to nothing says so, without a sign (0 archived, as the week before)
        assertThat(change("archived")).isEqualTo("no change vs 0");
        assertThat(tone("archived")).isEqualTo("SAME");
        // every catalogue metric has its card once: the headline ones first, the rest grouped, with
        // the definition as a tooltip (the group's 8 less first response time and CSAT up top)
        assertThat(driver().findElements(By.cssSelector(".kpi-card"))).hasSize(MetricCatalogue.all().size());
        assertThat(driver().findElements(By.cssSelector("#headline .kpi-card"))).hasSize(DashboardView.HEADLINE.size());
        assertThat(driver().findElements(By.cssSelector("#group-EFFICIENCY_EXPERIENCE .kpi-card"))).hasSize(6);
        assertThat(driver().findElement(By.id("kpi-csat")).getAttribute("title"))
                .contains("Share of csat answers scoring 4 or 5", "higher is better");
        assertThat(driver().findElement(By.cssSelector("#zone input")).getAttribute("value")).isEqualTo("UTC");
        // ticket volume: c1..c4 on Monday to Thursday, nothing on the weekend
        assertThat(volumeDates()).containsExactly("2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06",
                "2025-03-07", "2025-03-08", "2025-03-09");
        assertThat(volume()).containsExactly(1d, 1d, 1d, 1d, 0d, 0d, 0d);
        assertThat(((JavascriptExecutor) driver()).executeScript(
                "return document.getElementById('ticket-volume').config.series[0].kind")).isEqualTo("bar");
        chromium.screenshot("dashboard-1280");
        ((JavascriptExecutor) driver()).executeScript("document.getElementById('ticket-volume').scrollIntoView()");
        chromium.screenshot("dashboard-volume-1280");
        ((JavascriptExecutor) driver()).executeScript("document.getElementById('weekly').scrollIntoView()");
        chromium.screenshot("dashboard-weekly-1280");

        // a filter: chat only
        start = System.nanoTime();
        choose("channel", "Chat");
        waitFor(d -> d.getCurrentUrl().contains("channel=CHAT") && "2".equals(card("conversations")));
        System.out.printf("[timing] dashboard channel change: server %s ms, browser %d ms%n", serverMs(),
                (System.nanoTime() - start) / 1_000_000);
        assertThat(driver().getCurrentUrl()).contains("from=2025-03-03", "to=2025-03-09", "zone=UTC");
        assertThat(card("firstResponseTime")).isEqualTo("3 min");
        assertThat(card("onTimeRate")).isEqualTo("100.0 %");
        assertThat(card("csat")).isEqualTo("100.0 %");
        assertThat(card("orders")).isEqualTo("—");
        // chat only: c1 on Monday, c3 on Wednesday
        assertThat(volume()).containsExactly(1d, 0d, 1d, 0d, 0d, 0d, 0d);

        // a team
        choose("team", "EMEA");
        waitFor(d -> d.getCurrentUrl().contains("team=t-emea") && d.findElement(By.id("period-label")).getText()
                .contains("team EMEA"));
        assertThat(card("conversations")).isEqualTo("2");
        assertThat(volume()).containsExactly(1d, 0d, 1d, 0d, 0d, 0d, 0d);
        // a team's CSR share is of the whole store's orders: the card says so
        assertThat(driver().findElement(By.cssSelector("#kpi-csrOrdersShare .kpi-note")).getText())
                .isEqualTo("of the whole store's orders");

        // the period: a preset with nothing in it
        start = System.nanoTime();
        choose("period", "Last week");
        waitFor(d -> d.getCurrentUrl().contains("preset=LAST_WEEK") && !d.findElements(By.id("no-data")).isEmpty());
        System.out.printf("[timing] dashboard period change: server %s ms, browser %d ms%n", serverMs(),
                (System.nanoTime() - start) / 1_000_000);
        assertThat(driver().getCurrentUrl()).doesNotContain("from=");
        assertThat(driver().findElement(By.id("no-data")).getText()).isEqualTo("No data for this period");
        assertThat(driver().findElements(By.cssSelector(".kpi-card"))).isEmpty();

        // the navigation keeps the filters
        driver().findElement(By.id("nav-agents")).click();
        waitFor(d -> d.getCurrentUrl().contains("/agents?") && d.getCurrentUrl().contains("preset=LAST_WEEK")
                && d.getCurrentUrl().contains("team=t-emea") && d.getCurrentUrl().contains("channel=CHAT")
                && !d.findElements(By.id("no-data")).isEmpty());

        // and back to the week before, by bookmark
        start = System.nanoTime();
        open("/dashboard?from=2025-02-24&to=2025-03-02&zone=UTC", "kpi-cards");
        System.out.printf("[timing] dashboard other week: server %s ms, browser %d ms%n", serverMs(),
                (System.nanoTime() - start) / 1_000_000);
        assertThat(card("conversations")).isEqualTo("1");
        assertThat(card("revenue")).isEqualTo("€80.00");
        assertThat(card("firstResponseTime")).isEqualTo("1 min");
    }

    @Test
    void weeklyTableAndItsCsv() throws Exception {
        open("/dashboard?" + WEEK, "weekly-grid");
        List<List<String>> header = gridRows("weekly-grid", "thead tr");
        assertThat(header.getFirst()).containsExactly("Week", "From", "To", "Conversations", "On time %", "CSAT",
                "First response time", "Orders", "Revenue");
        List<List<String>> rows = gridRows("weekly-grid", "tbody#items tr");
        // a 7-day period: the 13 ISO weeks up to its end
        assertThat(rows).hasSize(13);
        assertThat(rows.getFirst()).startsWith("2024-W50", "2024-12-09", "2024-12-15", "0", "—");
        assertThat(rows.get(11)).containsExactly("2025-W09", "2025-02-24", "2025-03-02", "1", "100.0 %", "—", "1 min",
                "1", "€80.00");
        assertThat(rows.get(12)).containsExactly("2025-W10", "2025-03-03", "2025-03-09", "4", "75.0 %", "66.7 %",
                "34 min", "3", "€350.50");

        List<String> csv = download("weekly-csv");
        assertThat(csv).hasSize(14);
        assertThat(csv.getFirst()).isEqualTo("Week,From,To,Conversations,On time %,CSAT,First response time (s),"
                + "Orders,Revenue");
        assertThat(csv.get(12)).isEqualTo("2025-W09,2024-02-24,2025-03-02,1,100.0,,60,1,80.00".replace("2024-02", "2025-02"));
        assertThat(csv.get(13)).isEqualTo("2025-W10,2025-03-03,2025-03-09,4,75.0,66.7,2040,3,350.50");

        // other columns, chosen in the URL
        open("/dashboard?" + WEEK + "&cols=replied,aov", "weekly-grid");
        assertThat(gridRows("weekly-grid", "thead tr").getFirst()).containsExactly("Week", "From", "To", "Replied",
                "AOV");
        assertThat(gridRows("weekly-grid", "tbody#items tr").get(12)).containsExactly("2025-W10", "2025-03-03",
                "2025-03-09", "4", "€116.83");
        chromium.resize(390, 844);
        open("/dashboard?" + WEEK, "weekly-grid");
        chromium.screenshot("dashboard-390");
        ((JavascriptExecutor) driver()).executeScript("document.getElementById('weekly').scrollIntoView()");
        chromium.screenshot("dashboard-weekly-390");
        assertNothingSticksOut();
    }

    @Test
    void agentGridEqualsTheApiAndExportsWhatItShows() throws Exception {
        long start = System.nanoTime();
        open("/agents?" + WEEK, "agents-grid");
        System.out.printf("[timing] agents load: server %s ms, browser %d ms%n", serverMs(),
                (System.nanoTime() - start) / 1_000_000);
        List<String> header = gridRows("agents-grid", "thead tr").getFirst();
        assertThat(header).containsExactly("Agent", "Team", "Conversations", "Replied", "On time %",
                "First response time", "Handle time", "CSAT", "Orders", "Revenue");
        List<List<String>> rows = gridRows("agents-grid", "tbody#items tr");
        assertThat(rows).extracting(List::getFirst).containsExactly("Ann Aalders", "Ben Brouwer", "Cas Castillo");
        assertThat(rows.getFirst()).containsExactly("Ann Aalders", "EMEA", "2", "2", "50.0 %", "1 h 2 min", "—",
                "50.0 %", "2", "€150.50");
        assertThat(gridRows("agents-grid", "tfoot tr").getFirst()).containsExactly("Store", "", "4", "4", "75.0 %",
                "34 min", "—", "66.7 %", "3", "€350.50");

        // the same document over HTTP gives the same numbers
        JsonNode api = postGraphQl("agents.graphql", "StoreAgents", Map.of(
                "period", Map.of("from", "2025-03-03", "to", "2025-03-09", "timeZone", "UTC"),
                "keys", AgentsView.DEFAULTS));
        assertThat(api.path("errors").isMissingNode()).isTrue();
        for (JsonNode agent : api.path("data").path("agents")) {
            List<String> row = rows.stream().filter(r -> r.getFirst().equals(agent.path("name").asString()))
                    .findFirst().orElseThrow();
            List<String> expected = new ArrayList<>();
            for (JsonNode metric : agent.path("kpis").path("metrics")) {
                Unit unit = MetricCatalogue.get(metric.path("key").asString()).unit();
                expected.add(EURO.value(unit, metric.path("value").isNull() ? null : metric.path("value").asDouble()));
            }
            assertThat(row.subList(2, row.size())).as(agent.path("name").asString()).isEqualTo(expected);
        }

        // sorted by revenue, highest first: the CSV follows the grid
        WebElement revenueSorter = driver().findElement(By.cssSelector("#agents-grid vaadin-grid-sorter[path], "
                + "#agents-grid vaadin-grid-sorter")) ;
        List<WebElement> sorters = driver().findElements(By.cssSelector("#agents-grid vaadin-grid-sorter"));
        WebElement revenue = sorters.stream().filter(s -> s.getText().equals("Revenue")).findFirst().orElseThrow();
        // beside the menu drawer the grid scrolls sideways inside itself: bring the column into view
        ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'nearest', inline: 'center'})", revenue);
        revenue.click();
        revenue.click();
        waitFor(d -> gridRows("agents-grid", "tbody#items tr").getFirst().getFirst().equals("Cas Castillo"));
        assertThat(revenueSorter).isNotNull();
        List<String> csv = download("agents-csv");
        assertThat(csv).containsExactly(
                "Agent,Team,Conversations,Replied,On time %,First response time (s),Handle time (s),CSAT,Orders,"
                        + "Revenue (EUR)",
                "Cas Castillo,Americas,1,1,100.0,600,,100.0,1,200.00",
                "Ann Aalders,EMEA,2,2,50.0,3735,,50.0,2,150.50",
                "Ben Brouwer,EMEA,1,1,100.0,90,,,0,0.00");
        chromium.screenshot("agents-1280");

        // the column chooser: tick AOV, close it, and the grid (and URL) have the column
        driver().findElement(By.id("columns-button")).click();
        waitFor(d -> d.findElements(By.cssSelector("vaadin-checkbox")).stream()
                .anyMatch(c -> c.isDisplayed() && c.getText().equals("AOV")));
        chromium.screenshot("agents-columns-1280");
        driver().findElements(By.cssSelector("vaadin-checkbox")).stream()
                .filter(c -> c.isDisplayed() && c.getText().equals("AOV")).findFirst().orElseThrow()
                .findElement(By.tagName("label")).click();
        driver().findElement(By.id("columns-apply")).click();
        waitFor(d -> d.getCurrentUrl().contains("cols=") && gridRows("agents-grid", "thead tr").getFirst()
                .contains("AOV"));
        assertThat(driver().getCurrentUrl()).contains("aov", "from=2025-03-03");
        assertThat(gridRows("agents-grid", "thead tr").getFirst()).hasSize(11);

        // a team: its agents, its own values in the footer
        open("/agents?" + WEEK + "&team=t-emea", "agents-grid");
        assertThat(gridRows("agents-grid", "tbody#items tr")).extracting(List::getFirst)
                .containsExactly("Ann Aalders", "Ben Brouwer");
        assertThat(gridRows("agents-grid", "tfoot tr").getFirst()).startsWith("EMEA", "", "3", "3");

        // open an agent: the scorecard next to the team's
        driver().findElement(By.linkText("Ann Aalders")).click();
        waitFor(d -> d.getCurrentUrl().contains("/agents/a-ann") && !d.findElements(By.id("scorecard")).isEmpty());
        assertThat(driver().getCurrentUrl()).contains("from=2025-03-03", "team=t-emea");
        assertThat(driver().findElement(By.id("agent-name")).getText()).isEqualTo("Ann Aalders");
        List<List<String>> scorecard = gridRows("scorecard", "tbody#items tr");
        assertThat(scorecard).hasSize(MetricCatalogue.all().size());
        assertThat(scorecard).contains(List.of("Conversations", "2", "1", "3"), List.of("Revenue", "€150.50", "€0.00",
                "€150.50"));
        chromium.screenshot("agent-1280");

        chromium.resize(390, 844);
        open("/agents?" + WEEK, "agents-grid");
        chromium.screenshot("agents-390");
        ((JavascriptExecutor) driver()).executeScript("document.getElementById('agents-grid').scrollIntoView()");
        chromium.screenshot("agents-grid-390");
        assertNothingSticksOut();
    }

    @Test
    void glossaryAndErrors() throws Exception {
        open("/glossary", "metric-csat");
        assertThat(driver().findElements(By.cssSelector(".glossary-entry"))).hasSize(MetricCatalogue.all().size());
        assertThat(driver().findElement(By.id("metric-firstResponseTime")).getText()).contains("First response time",
                "Formula: firstReplyAt − createdAt", "Unit: duration (seconds)", "Lower is better");
        chromium.screenshot("glossary-1280");

        // a period that ends before it starts: the server's message, not a stack trace
        driver().get(url("/dashboard?from=2025-03-09&to=2025-03-03"));
        WebElement notification = new WebDriverWait(driver(), Duration.ofSeconds(30)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-notification-card")));
        assertThat(notification.getText()).startsWith("The dashboard could not be loaded:").contains("before")
                .doesNotContain("Exception", "at app.");
        assertThat(driver().findElements(By.id("filters"))).hasSize(1);
    }

    /**
     * The first screen: headline cards with their daily trend, benchmark breaches before warnings,
     * then the agents who moved most. Benchmarks set here: on time % target 95, warn 90, breach 80
     * (75.0 % is a breach); CSAT 80 / 70 / 60 (66.7 % a warning). Movers, each change as a share of
     * the store's larger of value and previous: Ann's first response 60 s → 3735 s (3675 / 2040 =
     * 1.80), Cas's revenue 0 → 200.00 (200 / 350.50 = 0.57), Ann's on time 100 → 50 % (50 / 100 =
     * 0.50), Ben's revenue 80.00 → 0 (80 / 350.50 = 0.23); conversations are neutral (no better or
     * worse), CSAT had no previous value.
     */
    @Test
    void dashboardShowsHeadlinesBreachesAndMoversFirst() throws Exception {
        setBenchmark("onTimeRate", 95, 90, 80);
        setBenchmark("csat", 80, 70, 60);
        try {
            open("/dashboard?" + WEEK, "movers");
            assertThat(driver().findElements(By.cssSelector("#headline .kpi-card")).stream()
                    .map(e -> e.getAttribute("id")).toList()).containsExactly("kpi-conversations",
                            "kpi-firstResponseTime", "kpi-onTimeRate", "kpi-csat", "kpi-revenue");
            // the sparklines: per day, a gap where there is no reply to measure
            assertThat(sparkline("conversations")).isEqualTo("1.0000,1.0000,1.0000,1.0000,0.0000,0.0000,0.0000");
            assertThat(sparkline("firstResponseTime")).isEqualTo("270.0000,7200.0000,90.0000,600.0000,,,");
            assertThat(driver().findElements(By.cssSelector("#kpi-conversations .sparkline svg polyline"))).hasSize(1);

            assertThat(js("return [...document.querySelectorAll('#attention .attention-item')]"
                    + ".map(i => i.dataset.key + ' ' + i.dataset.status)"))
                    .isEqualTo(List.of("onTimeRate BREACH", "csat WARN"));
            assertThat(js("return [...document.querySelectorAll('#movers .mover')]"
                    + ".map(r => r.dataset.agent + ' ' + r.dataset.key + ' ' + r.lastElementChild.textContent)"))
                    .isEqualTo(List.of("a-ann firstResponseTime +1 h 1 min (1 min → 1 h 2 min)",
                            "a-cas revenue +€200.00 (€0.00 → €200.00)",
                            "a-ann onTimeRate −50.0 pp (100.0 % → 50.0 %)",
                            "a-ben revenue −€80.00 (€80.00 → €0.00)"));
            // in that order down the page, the catalogue after them
            assertThat(js("return ['headline', 'attention', 'movers', 'kpi-cards']"
                    + ".map(id => document.getElementById(id).getBoundingClientRect().top)"
                    + ".every((y, i, all) => i == 0 || y > all[i - 1])")).isEqualTo(true);
            chromium.screenshot("dashboard-story-1280");
            chromium.resize(390, 844);
            open("/dashboard?" + WEEK, "movers");
            chromium.screenshot("dashboard-story-390");
            js("document.getElementById('movers').scrollIntoView()");
            chromium.screenshot("dashboard-movers-390");
            assertNothingSticksOut();
        } finally {
            deleteBenchmark("onTimeRate");
            deleteBenchmark("csat");
        }
    }

    /**
     * Today, pinned to Thursday 6 March 2025 15:00 UTC: c4 is the day's one conversation (first
     * reply after 600 s). c9 arrives (reply after 300 s): 2 conversations, mean (600 + 300) / 2 =
     * 450 s, pushed to the open page without a reload.
     */
    @Test
    void todayOnTheDashboardFollowsImports() throws Exception {
        TestClock.pin(java.time.Instant.parse("2025-03-06T15:00:00Z"));
        try {
            open("/dashboard?preset=TODAY&zone=UTC", "headline");
            assertThat(card("conversations")).isEqualTo("1");
            assertThat(card("firstResponseTime")).isEqualTo("10 min");
            assertThat(driver().findElement(By.id("period-label")).getText()).contains("live");
            js("window.notReloaded = true");
            String c9 = "{\"type\":\"conversation\",\"id\":\"c9\",\"channel\":\"chat\",\"teamId\":\"t-emea\","
                    + "\"assigneeAgentId\":\"a-ann\",\"createdAt\":\"2025-03-06T14:00:00Z\","
                    + "\"firstReplyAt\":\"2025-03-06T14:05:00Z\"}";
            assertThat(importer.importNdjson(new java.io.ByteArrayInputStream(c9.getBytes(StandardCharsets.UTF_8)),
                    ImportProgress.NONE).rejected()).isZero();
            waitFor(d -> "2".equals(card("conversations")));
            assertThat(card("firstResponseTime")).isEqualTo("7 min 30 s");
            assertThat(js("return window.notReloaded === true")).isEqualTo(true);
            assertThat(Integer.parseInt(driver().findElement(By.id("story")).getAttribute("data-pushes"))).isPositive();
            chromium.screenshot("dashboard-today-live-1280");
        } finally {
            TestClock.unpin();
        }
    }

    /**
     * CSAT: Ann 50.0 %, Cas 100.0 %, Ben none. Ascending Ann, Cas, Ben; descending Cas, Ann, Ben:
     * the agent without a value last both ways. The column chooser then keeps the sort and the
     * columns' order (CSAT before Conversations, as in the URL), adding AOV at the end.
     */
    @Test
    void missingValuesSortLastAndTheColumnChooserKeepsSortAndOrder() throws Exception {
        open("/agents?" + WEEK + "&cols=csat,conversations", "agents-grid");
        assertThat(gridRows("agents-grid", "thead tr").getFirst()).containsExactly("Agent", "Team", "CSAT",
                "Conversations");
        sorter("CSAT").click();
        waitFor(d -> names().equals(List.of("Ann Aalders", "Cas Castillo", "Ben Brouwer")));
        sorter("CSAT").click();
        waitFor(d -> names().equals(List.of("Cas Castillo", "Ann Aalders", "Ben Brouwer")));
        waitFor(d -> d.getCurrentUrl().contains("sort=csat") && d.getCurrentUrl().contains("dir=desc"));

        driver().findElement(By.id("columns-button")).click();
        waitFor(d -> d.findElements(By.cssSelector("vaadin-checkbox")).stream()
                .anyMatch(c -> c.isDisplayed() && c.getText().equals("AOV")));
        driver().findElements(By.cssSelector("vaadin-checkbox")).stream()
                .filter(c -> c.isDisplayed() && c.getText().equals("AOV")).findFirst().orElseThrow()
                .findElement(By.tagName("label")).click();
        driver().findElement(By.id("columns-apply")).click();
        waitFor(d -> gridRows("agents-grid", "thead tr").getFirst().contains("AOV"));
        assertThat(gridRows("agents-grid", "thead tr").getFirst()).containsExactly("Agent", "Team", "CSAT",
                "Conversations", "AOV");
        assertThat(names()).containsExactly("Cas Castillo", "Ann Aalders", "Ben Brouwer");
        assertThat(driver().getCurrentUrl()).contains("cols=csat%2Cconversations%2Caov", "sort=csat", "dir=desc");
        chromium.screenshot("agents-sorted-1280");
    }

    /** Trends honour ?team= and take channel (and period, team) from the bar into the URL. */
    @Test
    void trendsFollowTeamAndChannel() throws Exception {
        open("/trends?" + WEEK + "&team=t-emea", "daily-volume");
        waitFor(d -> trendValues().size() == 7);
        // EMEA's c1, c2, c3 on Monday to Wednesday; Cas's c4 (Americas) is left out
        assertThat(trendValues()).containsExactly(1d, 1d, 1d, 0d, 0d, 0d, 0d);
        assertThat(driver().findElement(By.id("period-label")).getText()).contains("team EMEA");
        choose("channel", "Chat");
        waitFor(d -> d.getCurrentUrl().contains("channel=CHAT") && trendValues().equals(List.of(1d, 0d, 1d, 0d, 0d, 0d, 0d)));
        assertThat(driver().getCurrentUrl()).contains("team=t-emea", "from=2025-03-03", "to=2025-03-09", "metric=csat");
        chromium.screenshot("trends-team-1280");
        chromium.resize(390, 844);
        open("/trends?" + WEEK + "&team=t-emea&channel=CHAT", "daily-volume");
        waitFor(d -> trendValues().equals(List.of(1d, 0d, 1d, 0d, 0d, 0d, 0d)));
        chromium.screenshot("trends-team-390");
        assertNothingSticksOut();
    }

    /**
     * Ann's scorecard with a declined order (o9) beside her two approved ones: Orders says 2, the
     * list 3 of 3 and why. Drill-down filters and the period go into the URL.
     */
    @Test
    void scorecardHasAPeriodAndItsListsKeepTheirFiltersInTheUrl() throws Exception {
        String o9 = "{\"type\":\"order\",\"id\":\"o9\",\"status\":\"declined\",\"createdAt\":\"2025-03-05T11:00:00Z\","
                + "\"customerEmail\":\"x9@shop.example\",\"total\":\"40.00\",\"createdByAgentId\":\"a-ann\"}";
        assertThat(importer.importNdjson(new java.io.ByteArrayInputStream(o9.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE).rejected()).isZero();
        open("/agents/a-ann?" + WEEK + "&team=t-emea", "orders-status-note");
        assertThat(gridRows("scorecard", "tbody#items tr")).contains(List.of("Orders", "2", "0", "2"));
        assertThat(driver().findElement(By.id("orders-count")).getText()).isEqualTo("3 of 3");
        assertThat(driver().findElement(By.id("orders-status-note")).getText())
                .startsWith("2 approved, 1 declined (declined orders are listed but not counted");
        assertThat(driver().findElement(By.id("period")).isDisplayed()).isTrue();
        // one agent's page has no team to pick (an invisible component never reaches the browser)
        assertThat(driver().findElements(By.id("team"))).isEmpty();
        chromium.screenshot("agent-scorecard-1280");

        choose("filter-replied", "No");
        waitFor(d -> d.getCurrentUrl().contains("replied=NO")
                && d.findElement(By.id("conversations-count")).getText().equals("None in this period"));
        choose("filter-order-event", "Cancelled");
        waitFor(d -> d.getCurrentUrl().contains("orders=cancelled"));
        driver().navigate().refresh();
        waitFor(d -> d.findElement(By.id("conversations-count")).getText().equals("None in this period")
                && d.findElement(By.id("orders-count")).getText().equals("None in this period"));

        choose("period", "Last week");
        waitFor(d -> d.getCurrentUrl().contains("/agents/a-ann?") && d.getCurrentUrl().contains("preset=LAST_WEEK") && !d.findElements(By.id("no-data"))
                .isEmpty());
        assertThat(driver().getCurrentUrl()).contains("team=t-emea", "replied=NO", "orders=cancelled");
        chromium.resize(390, 844);
        open("/agents/a-ann?" + WEEK + "&team=t-emea", "orders-status-note");
        chromium.screenshot("agent-scorecard-390");
    }

    private String sparkline(String key) {
        return driver().findElement(By.cssSelector("#kpi-" + key + " .sparkline")).getAttribute("data-values");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver()).executeScript(script);
    }

    private WebElement sorter(String header) {
        return driver().findElements(By.cssSelector("#agents-grid vaadin-grid-sorter")).stream()
                .filter(s -> s.getText().equals(header)).findFirst().orElseThrow();
    }

    private List<String> names() {
        return gridRows("agents-grid", "tbody#items tr").stream().map(List::getFirst).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Double> trendValues() {
        return ((List<Object>) js("return document.getElementById('daily-volume').config.series[0].values")).stream()
                .map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    private void setBenchmark(String metric, double target, double warn, double breach) throws Exception {
        JsonNode saved = postGraphQl("setBenchmark.graphql", "SetBenchmark", Map.of("input", Map.of("metric", metric,
                "target", target, "warn", warn, "breach", breach)));
        assertThat(saved.path("data").path("setBenchmark").path("kind").asString()).isEqualTo("BenchmarkSaved");
    }

    private void deleteBenchmark(String metric) throws Exception {
        postGraphQl("deleteBenchmark.graphql", "DeleteBenchmark", Map.of("metric", metric));
    }

    private WebDriver driver() {
        return chromium.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void open(String path, String waitForId) {
        driver().get(url(path));
        new WebDriverWait(driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(waitForId)));
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver(), Duration.ofSeconds(30)).ignoring(RuntimeException.class).until(condition::apply);
    }

    private String serverMs() {
        return driver().findElement(By.cssSelector("[data-server-ms]")).getAttribute("data-server-ms");
    }

    private String card(String key) {
        return driver().findElement(By.cssSelector("#kpi-" + key + " .kpi-value")).getText();
    }

    /** The dashboard chart's data, as fl-chart received it. */
    @SuppressWarnings("unchecked")
    private List<Double> volume() {
        return ((List<Object>) ((JavascriptExecutor) driver()).executeScript(
                "return document.getElementById('ticket-volume').config.series[0].values")).stream()
                .map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> volumeDates() {
        return (List<String>) ((JavascriptExecutor) driver()).executeScript(
                "return document.getElementById('ticket-volume').config.dates");
    }

    private String change(String key) {
        return driver().findElement(By.cssSelector("#kpi-" + key + " .kpi-change")).getText();
    }

    private String tone(String key) {
        return driver().findElement(By.cssSelector("#kpi-" + key + " .kpi-change")).getAttribute("data-tone");
    }

    /** Opens a Select and clicks the item with that label. */
    private void choose(String selectId, String label) {
        ((JavascriptExecutor) driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", selectId);
        driver().findElement(By.id(selectId)).click();
        waitFor(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(i -> i.isDisplayed() && i.getText().equals(label)));
        driver().findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().equals(label)).findFirst().orElseThrow().click();
    }

    /** Fetches a CSV link's file the way the browser would, with the browser's session cookie. */
    private List<String> download(String linkId) throws IOException, InterruptedException {
        String href = driver().findElement(By.id(linkId)).getAttribute("href");
        String cookie = driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return response.body().lines().toList();
    }

    private JsonNode postGraphQl(String document, String operation, Map<String, Object> variables)
            throws IOException, InterruptedException {
        String query = new ClassPathResource("graphql-documents/" + document).getContentAsString(StandardCharsets.UTF_8);
        var mapper = JsonMapper.builder().build();
        String body = mapper.writeValueAsString(Map.of("query", query, "operationName", operation,
                "variables", variables));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/graphql")))
                .header("Content-Type", "application/json").header("Authorization", app.frontline.TestUsers.adminBasic())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return mapper.readTree(response.body());
    }

    /** Nothing on the page reaches past the viewport's right edge (grids scroll inside themselves). */
    private void assertNothingSticksOut() {
        Number widest = (Number) ((JavascriptExecutor) driver()).executeScript("""
                return Math.max(...Array.from(document.querySelectorAll('vaadin-app-layout *'))
                    .filter(e => !e.parentElement.closest('vaadin-grid'))
                    .map(e => e.getBoundingClientRect().right));""");
        Number viewport = (Number) ((JavascriptExecutor) driver()).executeScript("return window.innerWidth");
        assertThat(widest.doubleValue()).isLessThanOrEqualTo(viewport.doubleValue() + 0.5);
    }
}
