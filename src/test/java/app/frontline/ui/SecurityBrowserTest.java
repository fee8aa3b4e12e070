package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.TestUsers;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Signing in and out through the real login view, what an agent may open, and API tokens made in
 * the admin view: the secret is shown once, works as a bearer token, and stops working when revoked.
 */
class SecurityBrowserTest extends BrowserTestSupport {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RecordImporter importer;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void adminMakesAndRevokesATokenThenAnAgentSeesOnlyTheirOwnPanel() throws Exception {
        DirectoryFixture.clear(mongo, rollups);
        String ndjson = """
                {"type":"team","id":"t-web","name":"Web Shop Support"}
                {"type":"agent","id":"a-1","name":"Alice Jansen","teamId":"t-web"}
                {"type":"agent","id":"a-2","name":"Bram de Vries","teamId":"t-web"}
                """;
        importer.importNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
        WebDriver browser = chromium.driver();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        // the administrator (signed in by BrowserTestSupport) creates a token
        browser.get("http://localhost:" + port + "/admin/tokens");
        // without a name the field says so (on the field, not in a pop-up), and no secret appears
        wait.until(ExpectedConditions.elementToBeClickable(By.id("create-token"))).click();
        WebElement name = browser.findElement(By.id("token-name"));
        wait.until(d -> name.getAttribute("invalid") != null);
        assertThat(name.getText()).contains("Give the token a name");
        assertThat(browser.findElements(By.cssSelector("vaadin-notification-card"))).isEmpty();
        chromium.screenshot("token-refused");
        // an invisible Vaadin field is not even sent to the browser
        assertThat(browser.findElements(By.id("token-secret"))).noneMatch(WebElement::isDisplayed);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#token-name input")))
                .sendKeys("browser-sync");
        browser.findElement(By.id("create-token")).click();
        WebElement secretField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-secret")));
        wait.until(d -> !secretField.getDomProperty("value").isEmpty());
        String secret = secretField.getDomProperty("value");
        assertThat(secret).startsWith("flt_");
        chromium.screenshot("tokens-created");
        assertThat(graphQl("Bearer " + secret, "{ me { name } }").statusCode()).isEqualTo(200);

        // "Created by" names the administrator; revoking asks first
        assertThat(browser.findElement(By.id("tokens")).getText()).contains("browser-sync").contains("admin");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[text()='Revoke']"))).click();
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-revoke-button")));
        assertThat(graphQl("Bearer " + secret, "{ me { name } }").statusCode()).isEqualTo(200);
        chromium.screenshot("tokens-confirm-revoke");
        confirm.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("token-secret")));
        assertThat(graphQl("Bearer " + secret, "{ me { name } }").statusCode()).isEqualTo(401);

        // an agent user, then sign out and in as the agent
        String create = "mutation { createUser(input: {username: \\\"alice\\\", password: \\\"alice-password\\\", "
                + "role: AGENT, agentId: \\\"a-1\\\"}) { __typename } }";
        assertThat(graphQl(TestUsers.adminBasic(), create).body()).contains("\"__typename\":\"UserCreated\"");
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        signIn("alice", "alice-password");

        // the start page forwards an agent to their own panel
        wait.until(ExpectedConditions.urlContains("/me/a-1"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Alice Jansen"));
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo("alice");
        assertThat(browser.findElements(By.linkText("Dashboard"))).isEmpty();
        chromium.screenshot("agent-own-panel");

        // a manager's view is not theirs, and a team mate's panel is refused: the same access-denied
        // page inside the app's frame, with no list of routes and nothing of the refused record
        browser.get("http://localhost:" + port + "/dashboard");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
        assertThat(browser.getTitle()).doesNotStartWith("Dashboard");
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo("alice");
        assertThat(browser.getPageSource()).doesNotContain("Available routes").doesNotContain("admin/tokens");
        browser.get("http://localhost:" + port + "/me/a-2");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
        assertThat(browser.getPageSource()).doesNotContain("Bram de Vries").doesNotContain("No such agent");
        chromium.screenshot("agent-team-mate-forbidden");

        // signing out ends the session: the UI asks to sign in again
        browser.get("http://localhost:" + port + "/me/a-1");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.get("http://localhost:" + port + "/me/a-1");
        wait.until(ExpectedConditions.urlContains("/login"));
        signedIn = false;
    }

    private HttpResponse<String> graphQl(String authorization, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
