package app.frontline.ui;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: the shared application of {@link BrowserTestApp} and one headless Chromium per
 * test class, started before its tests and closed after them.
 */
@BrowserTestApp
abstract class BrowserTestSupport {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.quit();
            chromium = null;
        }
    }
}
