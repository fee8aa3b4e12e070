package app.frontline.demo;

import app.frontline.security.Role;
import app.frontline.security.UserProvisioning;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A demo user for each role once the demo data is in (README: admin/admin, manager/manager for EMEA
 * and VIP Care, agent/agent for agent a-1 of EMEA): the ids are the demo roster's, so they live here
 * rather than in the security feature.
 */
@Component
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserProvisioning users;

    DemoUsers(UserProvisioning users) {
        this.users = users;
    }

    @EventListener
    void create(DemoDataLoaded loaded) {
        users.createIfAbsent("admin", "admin", Role.ADMIN, Set.of(), null);
        users.createIfAbsent("manager", "manager", Role.MANAGER, Set.of("t-emea", "t-vip"), null);
        users.createIfAbsent("agent", "agent", Role.AGENT, Set.of(), "a-1");
        log.info("Demo users (see README): admin, manager (EMEA, VIP Care), agent (a-1), password = username");
    }
}
