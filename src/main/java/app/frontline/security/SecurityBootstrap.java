package app.frontline.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first users. With a real MongoDB there is no default password: the first administrator comes
 * from {@code frontline.security.bootstrap-admin.username} and {@code .password} (created when no
 * user of that name exists; the password is never logged). The demo data brings its own users
 * (demo.DemoUsers, through {@link UserProvisioning}).
 */
@Component
class SecurityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecurityBootstrap.class);

    private final Users users;
    private final SecurityProperties.BootstrapAdmin admin;

    SecurityBootstrap(Users users, SecurityProperties properties) {
        this.users = users;
        this.admin = properties.bootstrapAdmin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (admin.given()) {
            if (!users.exists(admin.username())) {
                users.save(admin.username(), admin.password(), Role.ADMIN, Set.of(), null);
                log.info("Created the administrator '{}' from frontline.security.bootstrap-admin", admin.username());
            }
        } else if (users.count() == 0) {
            log.warn("No users yet: nobody can sign in. Set frontline.security.bootstrap-admin.username and "
                    + "frontline.security.bootstrap-admin.password to create the first administrator.");
        }
    }
}
