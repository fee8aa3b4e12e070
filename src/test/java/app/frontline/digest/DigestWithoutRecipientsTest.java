package app.frontline.digest;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * With a mail host but nobody to send to, send now is refused before any connection (the host
 * here is a closed port, so an attempt to send would fail the request instead).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=9"})
@AutoConfigureHttpGraphQlTester
class DigestWithoutRecipientsTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void refusedNamingTheRecipientsSetting() {
        graphQl.documentName("sendWeeklyDigest").variable("weekOf", "2026-11-04").execute()
                .path("sendWeeklyDigest.__typename").entity(String.class).isEqualTo("DigestRejected")
                .path("sendWeeklyDigest.errors").entityList(Map.class).containsExactly(Map.of(
                        "field", "frontline.digest.recipients",
                        "reason", "no recipients: set frontline.digest.recipients or frontline.digest.teams.<teamId>"));
    }
}
