package app.frontline;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * How tests sign in. Every test context has the administrator of {@code config/application.properties}
 * (created by the bootstrap, as on a real MongoDB), and every auto-configured HttpGraphQlTester sends
 * its HTTP Basic credentials, so a test that is not about access control runs as ADMIN. A test about
 * roles overrides the header ({@code tester.mutate().headers(h -> h.setBasicAuth(...))}).
 */
@Component
public class TestUsers implements WebTestClientBuilderCustomizer {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";

    @Override
    public void customize(WebTestClient.Builder builder) {
        builder.defaultHeaders(headers -> headers.setBasicAuth(ADMIN, ADMIN_PASSWORD));
    }

    /** The Authorization header value for HTTP Basic. */
    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String adminBasic() {
        return basic(ADMIN, ADMIN_PASSWORD);
    }
}
