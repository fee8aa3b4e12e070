package app.frontline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * createUser and createApiToken refuse a bad input as data, in the one shape of every refused
 * mutation ({@code XRejected implements Rejection { errors { field reason } }}): every broken rule
 * at once, each naming its input field, and nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class RefusedInputTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Users users;

    @Test
    void aUserInputBrokenFourWaysNamesAllFour() {
        var response = createUser(Map.of("username", "no spaces", "password", "short", "role", "MANAGER"));
        response.path("createUser.__typename").entity(String.class).isEqualTo("UserRejected")
                .path("createUser.errors").entityList(Map.class).containsExactly(
                        Map.of("field", "username", "reason", "1 to 64 letters, digits or . _ @ -"),
                        Map.of("field", "password", "reason", "at least 8 characters"),
                        Map.of("field", "teamIds", "reason", "a manager manages at least one team"));
        createUser(Map.of("username", "ag", "password", "12345678", "role", "AGENT"))
                .path("createUser.errors").entityList(Map.class).containsExactly(
                        Map.of("field", "agentId", "reason", "an agent user is linked to one agent record"));
        assertThat(users.exists("no spaces")).isFalse();
        assertThat(users.exists("ag")).isFalse();
    }

    @Test
    void aUserIsCreatedOnceThenItsNameIsTaken() {
        Map<String, Object> input = Map.of("username", "refused-test", "password", "12345678", "role", "MANAGER",
                "teamIds", List.of("t-b", "t-a"));
        createUser(input).path("createUser.__typename").entity(String.class).isEqualTo("UserCreated")
                .path("createUser.user.teamIds").entityList(String.class).containsExactly("t-a", "t-b");
        createUser(input).path("createUser.errors").entityList(Map.class)
                .containsExactly(Map.of("field", "username", "reason", "refused-test exists"));
    }

    @Test
    void aTokenWithoutNameOrScopeIsNotMade(@Autowired ApiTokens tokens) {
        int before = tokens.all().size();
        createToken(" ", List.of()).path("createApiToken.__typename").entity(String.class).isEqualTo("ApiTokenRejected")
                .path("createApiToken.errors").entityList(Map.class).containsExactly(
                        Map.of("field", "name", "reason", "1 to 100 characters"),
                        Map.of("field", "scopes", "reason", "at least one of READ, INGEST"));
        assertThat(tokens.all()).hasSize(before);
        createToken("integration", List.of("READ")).path("createApiToken.__typename").entity(String.class)
                .isEqualTo("ApiTokenCreated")
                .path("createApiToken.secret").entity(String.class).satisfies(s -> assertThat(s).startsWith("flt_"));
        assertThat(tokens.all()).hasSize(before + 1);
    }

    private HttpGraphQlTester.Response createUser(Map<String, Object> input) {
        return graphQl.documentName("createUser").variable("input", input).execute();
    }

    private HttpGraphQlTester.Response createToken(String name, List<String> scopes) {
        return graphQl.documentName("createApiToken").variable("name", name).variable("scopes", scopes).execute();
    }
}
