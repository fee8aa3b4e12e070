package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class OverviewBrowserTest extends BrowserTestSupport {

    @Autowired
    MongoTemplate mongo;

    @Test
    void showsRecordCountsAndTeamsWithTheirAgents() throws IOException {
        DirectoryFixture.load(mongo, rollups);
        chromium.resize(1280, 800);
        WebDriver browser = open("/");

        assertThat(text("count-teams")).contains("2").contains("Teams");
        assertThat(text("count-agents")).contains("4");
        assertThat(text("count-logins")).contains("1");
        assertThat(text("count-conversations")).contains("7");
        assertThat(text("count-surveys")).contains("2");
        assertThat(text("count-orders")).contains("3");
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Frontline", "GraphiQL", "Web Shop Support", "Phone Orders", "Europe/Amsterdam",
                "first reply within 60 min", "first reply within 15 min", "Alice Jansen", "Bram de Vries",
                "Carla Gómez", "Dmitri Ivanov");
        assertThat(page).containsPattern("Bram de Vries.*inactive");
        chromium.screenshot("overview-1280");
    }

    @Test
    void narrowViewportStillShowsTheOverview() throws IOException {
        DirectoryFixture.load(mongo, rollups);
        chromium.resize(390, 844);
        WebDriver browser = open("/");

        assertThat(text("count-conversations")).contains("7");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Web Shop Support", "Carla Gómez");
        // nothing sticks out sideways (the app layout scrolls its content itself, so the document's
        // scrollWidth alone would not tell)
        Number widest = (Number) ((JavascriptExecutor) browser).executeScript("""
                return Math.max(...Array.from(document.querySelectorAll('vaadin-app-layout *'))
                    .map(e => e.getBoundingClientRect().right));""");
        Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        assertThat(viewport.intValue()).isLessThanOrEqualTo(390);
        assertThat(widest.doubleValue()).isLessThanOrEqualTo(viewport.doubleValue());
        chromium.screenshot("overview-390");
    }

    @Test
    void emptyStoreShowsAFriendlyMessage() throws IOException {
        DirectoryFixture.clear(mongo, rollups);
        chromium.resize(1280, 800);
        WebDriver browser = open("/");

        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("empty-state")));
        assertThat(text("empty-state")).contains("No data yet — import an NDJSON file (POST /api/import)");
        chromium.screenshot("overview-empty");
    }

    private WebDriver open(String path) {
        WebDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + path);
        // the first load in dev mode also fetches the dev bundle: allow time
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("record-counts")),
                        ExpectedConditions.presenceOfElementLocated(By.id("empty-state"))));
        return browser;
    }

    private String text(String id) {
        return chromium.driver().findElement(By.id(id)).getText();
    }
}
