package app.frontline.digest;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.FixtureStore;
import app.frontline.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The digest e-mailed to a real SMTP server (GreenMail, started here) for the week 2–8 Nov 2026
 * against 26 Oct–1 Nov (store zone UTC), fixtures/digest.ndjson. By hand:
 * <pre>
 *  this week  c1 a1 EMEA reply 600 s csat 5 · c2 a1 EMEA 1800 s csat 4 · c3 a2 EMEA 7200 s (late) · c4 a3 US 1440 s csat 3
 *  last week  p1 a1 EMEA 3600 s (on time, SLA 60) csat 5 · p2 a3 US 3600 s (late, SLA 30)
 *
 *  store  conversations 4 vs 2 (+2); on time c1 c2 c4 = 75.0 % vs 1/2 = 50.0 % (+25.0 pp);
 *         first response (600+1800+7200+1440)/4 = 2760 s = 46 min vs 3600 s = 1 h (−14 min);
 *         CSAT 5,4,3 → 2/3 = 66.7 % vs 100.0 % (−33.3 pp)
 *  EMEA   conversations 3 vs 1; on time 2/3 = 66.7 % vs 100.0 %; first response 9600/3 = 3200 s =
 *         53 min 20 s vs 1 h (−6 min 40 s); CSAT 100.0 % vs 100.0 % (±0.0 pp)
 *  status: only CSAT has a benchmark, so the other rows' status cells are empty
 *  agents by CSAT: Ann 100.0 %, Cy 0.0 %, Bob none (no answer): store top Ann, bottom Cy;
 *         EMEA top Ann, no bottom (one ranked agent)
 * </pre>
 * Who reads it decides which agents it names: boss@shop.example is an administrator's user name
 * (every agent); deputy@shop.example is no user (a store recipient: no agent); the EMEA lead, no
 * user either, gets EMEA's agents in EMEA's digest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "frontline.digest.recipients=boss@shop.example, deputy@shop.example",
        "frontline.digest.teams.t-emea=emea-lead@shop.example",
        "frontline.digest.from=frontline@shop.example"})
@AutoConfigureHttpGraphQlTester
class WeeklyDigestMailTest {

    static final GreenMail smtp = TestSmtp.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, smtp);
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    FixtureStore fixtures;

    @BeforeEach
    void load() throws Exception {
        fixtures.replaceWith("digest.ndjson");
        smtp.purgeEmailFromAllMailboxes();
        graphQl.document("mutation { createUser(input: {username: \"boss@shop.example\", password: \"boss-password\", "
                + "role: ADMIN}) { __typename } }").execute();
        // a store-wide CSAT benchmark: the store's 66.7 % breaches 70, EMEA's 100 % is OK
        graphQl.documentName("setBenchmark")
                .variable("input", java.util.Map.of("metric", "csat", "target", 90, "warn", 80, "breach", 70))
                .execute().path("setBenchmark.__typename").entity(String.class).isEqualTo("BenchmarkSaved");
    }

    @Test
    void sendNowMailsEachManagerAndTheTeamTheirDigest() throws Exception {
        graphQl.documentName("sendWeeklyDigest").variable("weekOf", "2026-11-04").execute()
                .path("sendWeeklyDigest.__typename").entity(String.class).isEqualTo("DigestSent")
                .path("sendWeeklyDigest.sent[*].to").entityList(String.class)
                .containsExactly("boss@shop.example", "deputy@shop.example", "emea-lead@shop.example");

        assertThat(smtp.waitForIncomingEmail(10_000, 3)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).map(WeeklyDigestMailTest::to))
                .containsExactlyInAnyOrder("boss@shop.example", "deputy@shop.example", "emea-lead@shop.example");
        MimeMessage boss = byRecipient(received, "boss@shop.example");
        assertThat(boss.getFrom()[0].toString()).isEqualTo("frontline@shop.example");
        assertThat(boss.getSubject()).isEqualTo("Frontline weekly digest: whole store, 2026-11-02 to 2026-11-08");
        assertThat(boss.getContentType()).startsWith("text/html");
        String store = decode(GreenMailUtil.getBody(boss));
        assertThat(row(store, "conversations")).isEqualTo("Conversations|4|2|+2|");
        assertThat(row(store, "onTimeRate")).isEqualTo("On time %|75.0 %|50.0 %|+25.0 pp|");
        assertThat(row(store, "firstResponseTime")).isEqualTo("First response time|46 min|1 h|−14 min|");
        assertThat(row(store, "csat")).isEqualTo("CSAT|66.7 %|100.0 %|−33.3 pp|Breach");
        // breaches first
        assertThat(store.indexOf("data-metric=\"csat\"")).isLessThan(store.indexOf("data-metric=\"conversations\""));
        assertThat(store).contains("<ol id=\"top\"><li>Ann: 100.0 %</li></ol>")
                .contains("<ol id=\"bottom\"><li>Cy: 0.0 %</li></ol>");
        String deputy = decode(GreenMailUtil.getBody(byRecipient(received, "deputy@shop.example")));
        assertThat(row(deputy, "csat")).isEqualTo("CSAT|66.7 %|100.0 %|−33.3 pp|Breach");
        assertThat(deputy).doesNotContain("Ann", "Cy").contains("<p id=\"top\">None this week.</p>")
                .contains("Only the agents you may see are ranked.");

        MimeMessage lead = byRecipient(received, "emea-lead@shop.example");
        assertThat(lead.getSubject()).isEqualTo("Frontline weekly digest: team EMEA, 2026-11-02 to 2026-11-08");
        String emea = decode(GreenMailUtil.getBody(lead));
        assertThat(row(emea, "conversations")).isEqualTo("Conversations|3|1|+2|");
        assertThat(row(emea, "onTimeRate")).isEqualTo("On time %|66.7 %|100.0 %|−33.3 pp|");
        assertThat(row(emea, "firstResponseTime")).isEqualTo("First response time|53 min 20 s|1 h|−6 min 40 s|");
        assertThat(row(emea, "csat")).isEqualTo("CSAT|100.0 %|100.0 %|±0.0 pp|OK");
        assertThat(emea).contains("<ol id=\"top\"><li>Ann: 100.0 %</li></ol>").contains("<p id=\"bottom\">None this week.</p>");
    }

    @Test
    void thePreviewIsTheSameHtml() {
        String html = graphQl.document("{ weeklyDigest(teamId: \"t-emea\", weekOf: \"2026-11-08\") { subject from to html } }")
                .execute()
                .path("weeklyDigest.from").entity(String.class).isEqualTo("2026-11-02")
                .path("weeklyDigest.to").entity(String.class).isEqualTo("2026-11-08")
                .path("weeklyDigest.html").entity(String.class).get();
        assertThat(row(html, "conversations")).isEqualTo("Conversations|3|1|+2|");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    /** A metric's table row as "label|this week|previous|change". */
    static String row(String html, String metric) {
        int start = html.indexOf("<tr data-metric=\"" + metric + "\">");
        assertThat(start).as("row " + metric).isNotNegative();
        String tr = html.substring(start, html.indexOf("</tr>", start));
        return String.join("|", List.of(tr.replaceAll("<tr[^>]*>", "").split("</td>")).stream()
                .map(td -> td.replaceAll("<[^>]+>", "")).toList());
    }

    /** The HTML body as sent (quoted-printable) back to text. */
    static String decode(String body) {
        try {
            var in = jakarta.mail.internet.MimeUtility.decode(
                    new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                    body.contains("=\r\n") || body.contains("=3D") ? "quoted-printable" : "8bit");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeMessage byRecipient(MimeMessage[] messages, String to) {
        return Arrays.stream(messages).filter(m -> to(m).equals(to)).findFirst().orElseThrow();
    }
}
