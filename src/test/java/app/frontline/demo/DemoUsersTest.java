package app.frontline.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The demo data brings one user for each role (the README's admin/admin, manager/manager, agent/agent),
 * created by the demo feature once its data is loaded; no bootstrap administrator here, so the demo's
 * own admin is the one created.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "frontline.demo.enabled=true", "frontline.demo.size=300",
    "frontline.security.bootstrap-admin.username=", "frontline.security.bootstrap-admin.password="})
@AutoConfigureHttpGraphQlTester
class DemoUsersTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void eachRoleSignsInWithTheReadmePassword() {
        as("admin").document("{ me { name roles teamIds agentId } }").execute()
                .path("me.roles").entityList(String.class).containsExactly("ADMIN")
                .path("me.agentId").valueIsNull();
        as("manager").document("{ me { roles teamIds } }").execute()
                .path("me.roles").entityList(String.class).containsExactly("MANAGER")
                .path("me.teamIds").entityList(String.class).hasSize(2).contains("t-emea", "t-vip");
        as("agent").document("{ me { roles agentId } }").execute()
                .path("me.roles").entityList(String.class).containsExactly("AGENT")
                .path("me.agentId").entity(String.class).isEqualTo("a-1");
        // the demo's teams are in the store, so the manager's team ids name real teams
        as("manager").document("{ teams { id } }").execute()
                .path("teams[*].id").entityList(String.class).contains("t-emea", "t-vip");
    }

    private HttpGraphQlTester as(String user) {
        return graphQl.mutate().headers(h -> h.setBasicAuth(user, user)).build();
    }
}
