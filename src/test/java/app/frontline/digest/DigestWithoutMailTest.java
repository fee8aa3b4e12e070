package app.frontline.digest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Without spring.mail.host (the tests' default) nothing is scheduled and send now says why. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class DigestWithoutMailTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ApplicationContext context;

    @Test
    void disabledCleanly() {
        assertThat(context.getBeanNamesForType(DigestSchedule.class)).isEmpty();
        graphQl.document("mutation { sendWeeklyDigest { sent { to } notSentReason } }").execute()
                .path("sendWeeklyDigest.sent").entityList(Object.class).hasSize(0)
                .path("sendWeeklyDigest.notSentReason").entity(String.class)
                .isEqualTo("e-mail is not configured: set spring.mail.host");
    }
}
