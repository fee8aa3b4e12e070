package app.frontline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.TestSmtp;
import app.frontline.ingest.RecordImporter;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Send now on /digest with mail configured: a real SMTP server (GreenMail) on a free port, the
 * store's digest for two managers and EMEA's for its lead: 3 e-mails, and the page says so. Its own
 * application context (the mail settings differ from the shared test app's).
 */
@TestPropertySource(properties = {
        "frontline.digest.recipients=boss@shop.example, deputy@shop.example",
        "frontline.digest.teams.t-emea=emea-lead@shop.example",
        "frontline.digest.from=frontline@shop.example"})
class DigestMailBrowserTest extends BrowserTestSupport {

    static final GreenMail smtp = TestSmtp.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, smtp);
    }

    @AfterAll
    static void stopMail() {
        smtp.stop();
    }

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RecordImporter importer;

    @BeforeEach
    void load() throws Exception {
        DigestBrowserTest.load(mongo, rollups, importer);
        smtp.purgeEmailFromAllMailboxes();
        chromium.resize(1280, 900);
    }

    @Test
    void sendNowMailsTheWeeksDigests() throws Exception {
        DigestBrowserTest.open(chromium.driver(), port, "/digest?week=" + DigestBrowserTest.WEEK);
        chromium.driver().findElement(org.openqa.selenium.By.id("digest-send")).click();
        assertThat(DigestBrowserTest.notification(chromium.driver())).isEqualTo("Sent 3 e-mails");
        assertThat(smtp.waitForIncomingEmail(10_000, 3)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).endsWith("2026-11-02 to 2026-11-08");
        chromium.screenshot("digest-sent-1280");
    }
}
