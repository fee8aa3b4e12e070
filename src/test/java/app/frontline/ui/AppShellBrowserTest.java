package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.TestUsers;
import app.frontline.ingest.RecordImporter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The frame around the views, on the demo store: the production bundle (no dev tools), the menu in
 * a drawer that folds away on a phone, no page wider than a 390 px phone, the one access-denied page
 * for refused pages and records (not-found only for what does not exist), GET /logout, and the
 * controls a role cannot use left out (a manager's store-wide benchmarks), field errors on the field.
 */
class AppShellBrowserTest extends BrowserTestSupport {

    private static boolean loaded;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RecordImporter importer;

    @BeforeEach
    void demoStore() throws Exception {
        if (!loaded) {
            DemoStore.load(mongo, rollups, importer, port);
            loaded = true;
        }
    }

    @Test
    void productionBundleAndTheMenuFoldsAwayOnAPhone() throws Exception {
        switchUser(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        WebDriver browser = chromium.driver();
        chromium.resize(1280, 800);
        open("/dashboard", By.id("period-label"));
        // the production bundle: no dev tools, no "development mode" pop-up
        assertThat(js("return !!document.querySelector('vaadin-dev-tools, copilot-main')")).isEqualTo(false);
        assertThat(js("return !!(window.Vaadin && window.Vaadin.developmentMode)")).isEqualTo(false);
        assertThat(browser.getPageSource()).doesNotContain("development mode");
        // on a laptop the menu is open beside the page
        assertThat(layoutAttribute("drawer-opened")).isTrue();
        chromium.screenshot("shell-dashboard-1280");

        chromium.resize(390, 844);
        open("/dashboard", By.id("period-label"));
        assertThat(layoutAttribute("overlay")).isTrue();
        assertThat(layoutAttribute("drawer-opened")).isFalse();
        // the header is one line: the menu button, the name, the user and Sign out
        assertThat(((Number) js("return document.getElementById('app-header').getBoundingClientRect().height"))
                .doubleValue()).isLessThan(60);
        chromium.screenshot("shell-dashboard-390");
        browser.findElement(By.id("menu-toggle")).click();
        wait(browser).until(d -> layoutAttribute("drawer-opened"));
        chromium.screenshot("shell-menu-open-390");
        browser.findElement(By.id("nav-agents")).click();
        wait(browser).until(ExpectedConditions.urlContains("/agents"));
        wait(browser).until(d -> !layoutAttribute("drawer-opened"));

        // no page scrolls sideways as a whole on a phone; wide tables scroll inside themselves
        List<String> wide = new ArrayList<>();
        for (String page : List.of("/", "/dashboard", "/agents", "/agents/a-1", "/me/a-1", "/trends", "/forecast",
                "/benchmarks", "/digest", "/glossary", "/admin/tokens")) {
            browser.get(url(page));
            wait(browser).until(d -> Boolean.TRUE.equals(js("return !!document.querySelector('#app-header') "
                    + "&& !document.querySelector('vaadin-connection-indicator[loading]')")));
            Thread.sleep(300);
            long overflow = ((Number) js("return document.scrollingElement.scrollWidth - window.innerWidth")).longValue();
            String name = page.equals("/") ? "overview" : page.substring(1).replace('/', '-');
            chromium.screenshot("phone-" + name + "-390");
            if (overflow > 0) {
                wide.add(page + " (" + overflow + " px)");
            }
        }
        assertThat(wide).as("pages wider than a 390 px phone").isEmpty();

        // GraphiQL says on a phone that it is made for a desktop, stacks editor over result, and
        // has a way back to the app
        browser.get(url("/graphiql"));
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graphiql-container")));
        assertThat(browser.findElement(By.id("phone-note")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("back-to-app")).isDisplayed()).isTrue();
        chromium.screenshot("graphiql-390");
        chromium.resize(1280, 800);
        assertThat(browser.findElement(By.id("phone-note")).isDisplayed()).isFalse();
        chromium.screenshot("graphiql-1280");
    }

    @Test
    void oneAccessDeniedPageForRefusedPagesAndRecordsAndNotFoundOnlyForWhatIsNotThere() throws Exception {
        WebDriver browser = chromium.driver();
        chromium.resize(1280, 800);
        String stranger = DemoStore.agentOfAnotherTeam(mongo);

        switchUser(DemoStore.AGENT, DemoStore.PASSWORD);
        for (String page : List.of("/dashboard", "/admin/tokens", "/me/a-2", "/agents/a-1")) {
            deniedInTheFrame(page, DemoStore.AGENT);
        }
        chromium.screenshot("denied-agent-team-mate-1280");
        chromium.resize(390, 844);
        deniedInTheFrame("/me/a-2", DemoStore.AGENT);
        chromium.screenshot("denied-agent-team-mate-390");
        chromium.resize(1280, 800);
        // the way back leads to the agent's own panel
        browser.findElement(By.id("back-home")).click();
        wait(browser).until(ExpectedConditions.urlContains("/me/a-1"));

        switchUser(DemoStore.MANAGER, DemoStore.PASSWORD);
        deniedInTheFrame("/me/" + stranger, DemoStore.MANAGER);
        deniedInTheFrame("/agents/" + stranger, DemoStore.MANAGER);
        deniedInTheFrame("/admin/tokens", DemoStore.MANAGER);
        chromium.screenshot("denied-manager-other-team-1280");

        // an agent that does not exist is "not found" for one who could see any agent
        switchUser(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        open("/agents/a-999", By.id("no-agent"));
        assertThat(browser.findElements(By.id("access-denied"))).isEmpty();
        // and an address that is no page at all, inside the frame as well
        browser.get(url("/no-such-page"));
        // the view renders after the page's bootstrap: wait for its way back, not just for a body
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("back-home")));
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel").doesNotContain("Available routes");
        chromium.screenshot("not-found-1280");
    }

    @Test
    void getLogoutSignsOutAndAManagerIsOfferedOnlyTheBenchmarksTheyMaySet() throws Exception {
        WebDriver browser = chromium.driver();
        chromium.resize(1280, 800);
        switchUser(DemoStore.MANAGER, DemoStore.PASSWORD);
        browser.get(url("/logout"));
        wait(browser).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel").doesNotContain("403");
        browser.get(url("/dashboard"));
        wait(browser).until(ExpectedConditions.urlContains("/login"));

        signIn(DemoStore.MANAGER, DemoStore.PASSWORD);
        // store-wide: read only, no Save or Remove
        open("/benchmarks", By.id("benchmarks-read-only"));
        assertThat(browser.findElements(By.cssSelector("[id^='save-']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[id^='remove-']"))).isEmpty();
        chromium.screenshot("benchmarks-manager-store-1280");
        // their own team: Save, and a refused threshold is said on its field
        open("/benchmarks?team=t-emea", By.id("save-csat"));
        assertThat(browser.findElements(By.id("benchmarks-read-only"))).isEmpty();
        type("csat-target", "3");
        type("csat-warn", "4");
        type("csat-breach", "5");
        browser.findElement(By.id("save-csat")).click();
        wait(browser).until(d -> d.findElements(By.cssSelector("#bench-csat vaadin-number-field[invalid]")).size() > 0);
        assertThat(browser.findElements(By.tagName("vaadin-notification-card"))).isEmpty();
        chromium.screenshot("benchmarks-manager-field-error-1280");
        chromium.resize(390, 844);
        chromium.screenshot("benchmarks-manager-field-error-390");
        chromium.resize(1280, 800);
    }

    @Test
    void tokensStartEmptyAndAnEmptyNameIsSaidOnTheField() throws Exception {
        WebDriver browser = chromium.driver();
        chromium.resize(1280, 800);
        mongo.remove(new Query(), "apiTokens");
        switchUser(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        open("/admin/tokens", By.id("tokens-empty"));
        browser.findElement(By.id("create-token")).click();
        WebElement name = browser.findElement(By.id("token-name"));
        wait(browser).until(d -> name.getAttribute("invalid") != null);
        assertThat(name.getText()).contains("Give the token a name");
        assertThat(browser.findElements(By.tagName("vaadin-notification-card"))).isEmpty();
        chromium.screenshot("tokens-empty-name-1280");
        chromium.resize(390, 844);
        chromium.screenshot("tokens-empty-name-390");
        chromium.resize(1280, 800);
    }

    private void deniedInTheFrame(String page, String user) {
        WebDriver browser = chromium.driver();
        browser.get(url(page));
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo(user);
        assertThat(browser.findElement(By.id("back-home")).isDisplayed()).isTrue();
        assertThat(browser.getPageSource()).as(page).doesNotContain("Available routes").doesNotContain("No such agent")
                .doesNotContain("admin/tokens\"").doesNotContain("Could not navigate");
    }

    private void switchUser(String username, String password) {
        WebDriver browser = chromium.driver();
        browser.get(url("/logout"));
        wait(browser).until(ExpectedConditions.urlContains("/login"));
        signIn(username, password);
        signedIn = true;
    }

    private void open(String page, By ready) {
        chromium.driver().get(url(page));
        wait(chromium.driver()).until(ExpectedConditions.presenceOfElementLocated(ready));
    }

    private void type(String id, String value) {
        WebElement input = chromium.driver().findElement(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(value);
    }

    private boolean layoutAttribute(String name) {
        return Boolean.TRUE.equals(js("return document.querySelector('vaadin-app-layout').hasAttribute('" + name + "')"));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) chromium.driver()).executeScript(script);
    }

    private String url(String page) {
        return "http://localhost:" + port + page;
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(90));
    }
}
