package app.frontline.security;

import app.frontline.demo.DemoDataLoaded;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first users. With a real MongoDB there is no default password: the first administrator comes
 * from {@code frontline.security.bootstrap-admin.username} and {@code .password} (created when no
 * user of that name exists; the password is never logged). When the embedded store loads the demo
 * data, a demo user for each role is created too (README: admin/admin, manager/manager for EMEA and
 * VIP Care, agent/agent for agent a-1 of EMEA).
 */
@Component
class SecurityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecurityBootstrap.class);

    private final Users users;
    private final String adminName;
    private final String adminPassword;

    SecurityBootstrap(Users users, @Value("${frontline.security.bootstrap-admin.username:}") String adminName,
            @Value("${frontline.security.bootstrap-admin.password:}") String adminPassword) {
        this.users = users;
        this.adminName = adminName;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminName.isBlank() && !adminPassword.isBlank()) {
            if (!users.exists(adminName)) {
                users.save(adminName, adminPassword, Role.ADMIN, Set.of(), null);
                log.info("Created the administrator '{}' from frontline.security.bootstrap-admin", adminName);
            }
        } else if (users.count() == 0) {
            log.warn("No users yet: nobody can sign in. Set frontline.security.bootstrap-admin.username and "
                    + "frontline.security.bootstrap-admin.password to create the first administrator.");
        }
    }

    @EventListener
    void demoUsers(DemoDataLoaded loaded) {
        createIfAbsent("admin", Role.ADMIN, Set.of(), null);
        createIfAbsent("manager", Role.MANAGER, Set.of("t-emea", "t-vip"), null);
        createIfAbsent("agent", Role.AGENT, Set.of(), "a-1");
        log.info("Demo users (see README): admin, manager (EMEA, VIP Care), agent (a-1), password = username");
    }

    private void createIfAbsent(String name, Role role, Set<String> teams, @org.jspecify.annotations.Nullable String agentId) {
        if (!users.exists(name)) {
            users.save(name, name, role, teams, agentId);
        }
    }
}
