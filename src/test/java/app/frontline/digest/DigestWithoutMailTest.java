package app.frontline.digest;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Without spring.mail.host (the tests' default) nothing is scheduled, and send now is refused naming the setting. */
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
        graphQl.documentName("sendWeeklyDigest").execute()
                .path("sendWeeklyDigest.__typename").entity(String.class).isEqualTo("DigestRejected")
                .path("sendWeeklyDigest.errors").entityList(Map.class).containsExactly(Map.of(
                        "field", "spring.mail.host", "reason", "e-mail is not configured: set spring.mail.host"));
    }
}
