package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** GraphiQL from the app's own assets: loads offline, opens with the default query, runs it. */
@BrowserTestApp
class GraphiqlBrowserTest {

    private static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @Test
    void runsTheDefaultQueryAgainstTheStore() throws IOException {
        DirectoryFixture.load(mongo);
        WebDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + "/graphiql");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        WebElement editor = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".graphiql-query-editor .CodeMirror")));
        assertThat(editor.getText()).contains("query Directory", "recordCounts", "Welcome to Frontline");
        chromium.screenshot("graphiql-loaded");

        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
        WebElement result = browser.findElement(By.cssSelector(".result-window"));
        wait.until(ExpectedConditions.textToBePresentInElement(result, "Phone Orders"));
        // CodeMirror renders only the lines in view: read the whole result from the editor itself
        String json = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('.result-window .CodeMirror').CodeMirror.getValue()");
        assertThat(json).contains("\"conversations\": 7", "\"orders\": 3", "Phone Orders", "Web Shop Support",
                "Alice Jansen", "Bram de Vries").doesNotContain("\"errors\"");
        chromium.screenshot("graphiql-result");
    }
}
