package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * /digest in the browser, on the digest tests' fixture (week 2–8 Nov 2026, store zone UTC; the
 * numbers are worked out in {@code WeeklyDigestMailTest}): the preview, the team choice, and Send now
 * in the shared test app, which has no mail configured. {@link DigestMailBrowserTest} sends for real.
 */
class DigestBrowserTest extends BrowserTestSupport {

    static final String WEEK = "2026-11-04";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RecordImporter importer;

    @BeforeEach
    void load() throws IOException {
        load(mongo, rollups, importer);
        chromium.resize(1280, 900);
    }

    static void load(MongoTemplate mongo, app.frontline.metric.KpiEngine rollups, RecordImporter importer)
            throws IOException {
        DirectoryFixture.clear(mongo, rollups);
        mongo.remove(new Query(), "benchmarks");
        try (InputStream in = new ClassPathResource("fixtures/digest.ndjson").getInputStream()) {
            assertThat(importer.importNdjson(in, ImportProgress.NONE).rejected()).isZero();
        }
    }

    @Test
    void previewTeamChoiceAndSendNowWithoutMail() throws Exception {
        open(chromium.driver(), port, "/digest?week=" + WEEK);
        assertThat(text(chromium.driver(), "digest-subject"))
                .isEqualTo("Frontline weekly digest: whole store, 2026-11-02 to 2026-11-08");
        String store = srcdoc(chromium.driver());
        // durations as on the dashboard; no benchmark, so no status column and no "NONE"
        assertThat(store).contains("46 min", "1 h", "−14 min").doesNotContain("NONE").doesNotContain("Status");
        chromium.screenshot("digest-1280");

        // the team choice: a new preview, and the team in the URL
        chooseTeam(chromium.driver(), "EMEA");
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.urlContains("team=t-emea"));
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30)).until(d -> text(d, "digest-subject")
                .equals("Frontline weekly digest: team EMEA, 2026-11-02 to 2026-11-08"));
        assertThat(chromium.driver().getCurrentUrl()).contains("week=" + WEEK);
        assertThat(srcdoc(chromium.driver())).contains("53 min 20 s");

        // send now without spring.mail.host: the reason, not silence
        chromium.driver().findElement(By.id("digest-send")).click();
        assertThat(notification(chromium.driver()))
                .isEqualTo("Not sent: e-mail is not configured: set spring.mail.host");
        chromium.screenshot("digest-not-sent-1280");

        chromium.resize(390, 844);
        open(chromium.driver(), port, "/digest?team=t-emea&week=" + WEEK);
        chromium.screenshot("digest-390");
    }

    static void open(WebDriver driver, int port, String path) {
        driver.get("http://localhost:" + port + path);
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("digest-html")));
    }

    static String text(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    static String srcdoc(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver)
                .executeScript("return document.getElementById('digest-html').getAttribute('srcdoc')");
    }

    static void chooseTeam(WebDriver driver, String name) {
        driver.findElement(By.id("digest-team")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const item = [...document.querySelectorAll('vaadin-select-item')]"
                        + ".find(i => i.textContent.trim() === arguments[0]); if (item) { item.click(); } return !!item;",
                name));
    }

    /** The text of the notification that appears, waited for. */
    static String notification(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (String) ((JavascriptExecutor) d)
                .executeScript("const c = document.querySelector('vaadin-notification-card');"
                        + " return c && c.innerText.trim() ? c.innerText.trim() : null;"));
    }
}
