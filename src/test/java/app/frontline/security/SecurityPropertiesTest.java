package app.frontline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code frontline.security.*} and {@code frontline.graphql.*} bind with their defaults in one place. */
class SecurityPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PasswordConfiguration.class, GraphQlLimits.class);

    @Test
    void defaults() {
        context.run(c -> {
            SecurityProperties security = c.getBean(SecurityProperties.class);
            assertThat(security.bcryptStrength()).isEqualTo(10);
            assertThat(security.bootstrapAdmin().given()).isFalse();
            // bcrypt writes its cost into the hash: $2a$10$
            assertThat(c.getBean(PasswordEncoder.class).encode("secret")).startsWith("{bcrypt}$2a$10$");
            assertThat(c.getBean(GraphQlLimitsProperties.class))
                    .isEqualTo(new GraphQlLimitsProperties(15, 1000, Duration.ofSeconds(30)));
        });
    }

    @Test
    void setByProperty() {
        context.withPropertyValues("frontline.security.bcrypt-strength=4",
                "frontline.security.bootstrap-admin.username=root", "frontline.security.bootstrap-admin.password=pw",
                "frontline.graphql.max-depth=5", "frontline.graphql.max-complexity=50", "frontline.graphql.timeout=2s")
                .run(c -> {
                    assertThat(c.getBean(PasswordEncoder.class).encode("secret")).startsWith("{bcrypt}$2a$04$");
                    SecurityProperties.BootstrapAdmin admin = c.getBean(SecurityProperties.class).bootstrapAdmin();
                    assertThat(admin.given()).isTrue();
                    assertThat(admin.username()).isEqualTo("root");
                    // the password never reaches a log line through toString
                    assertThat(admin.toString()).doesNotContain("pw");
                    assertThat(c.getBean(GraphQlLimitsProperties.class))
                            .isEqualTo(new GraphQlLimitsProperties(5, 50, Duration.ofSeconds(2)));
                });
    }
}
