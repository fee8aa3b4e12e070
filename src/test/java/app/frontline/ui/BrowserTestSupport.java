package app.frontline.ui;

import app.frontline.TestUsers;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: the shared application of {@link BrowserTestApp} and one headless Chromium per
 * test class, started before its tests and closed after them, and signed in through the real login
 * view (as the administrator, unless a test class overrides {@link #signInAs()}).
 */
@BrowserTestApp
abstract class BrowserTestSupport {

    static Chromium chromium;
    static boolean signedIn;

    @LocalServerPort
    int port;

    /** For tests that empty the store behind the importer's back: the rollups must start again. */
    @org.springframework.beans.factory.annotation.Autowired
    app.frontline.metric.KpiEngine rollups;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = Chromium.start();
        signedIn = false;
    }

    /** Username and password the browser signs in with before the class's first test. */
    String[] signInAs() {
        return new String[] {TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD};
    }

    @BeforeEach
    void signInOnce() {
        if (!signedIn) {
            String[] user = signInAs();
            signIn(user[0], user[1]);
            signedIn = true;
        }
    }

    /** Through the login view, as a person would: type, press Enter, wait to leave the page. */
    void signIn(String username, String password) {
        WebDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + "/login");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(username);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** The texts of a grid's rows (header, body or footer), in display order, cell by cell. */
    @SuppressWarnings("unchecked")
    static List<List<String>> gridRows(String gridId, String rowSelector) {
        return (List<List<String>>) ((JavascriptExecutor) chromium.driver()).executeScript("""
                const grid = document.getElementById(arguments[0]);
                return [...grid.shadowRoot.querySelectorAll(arguments[1])]
                  .filter(r => !r.hidden && r.querySelectorAll('td,th').length > 0)
                  .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
                  .map(r => [...r.querySelectorAll('td,th')].map(c => {
                      const slot = c.querySelector('slot');
                      const content = slot && slot.assignedElements()[0];
                      return content ? content.textContent.trim() : '';
                  }));""", gridId, rowSelector);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.quit();
            chromium = null;
        }
    }
}
