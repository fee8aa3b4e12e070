package app.frontline.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.client.GraphQlClient;

/** The UI's client runs its documents in-process, loaded by name from graphql-documents/. */
@SpringBootTest
@AutoConfigureGraphQlTester // same context as the other GraphQL tests
@WithMockUser(roles = "ADMIN")
class InProcessGraphQlClientTest {

    @Autowired
    GraphQlClient uiGraphQlClient;

    @Autowired
    MongoTemplate mongo;

    record Team(String name, List<Map<String, Object>> agents) {
    }

    @Test
    void runsTheOverviewDocumentByName() {
        mongo.remove(new Query(), "teams");
        mongo.remove(new Query(), "agents");
        mongo.insert(new Document("_id", "t1").append("name", "Returns").append("timeZone", "Europe/Berlin")
                .append("slaFirstReplyMinutes", 30), "teams");
        mongo.insert(new Document("_id", "a1").append("name", "Ines").append("teamId", "t1").append("active", false),
                "agents");

        var response = uiGraphQlClient.documentName("overview").executeSync();

        assertThat(response.isValid()).isTrue();
        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("recordCounts.teams").toEntity(Integer.class)).isEqualTo(1);
        List<Team> teams = response.field("teams").toEntityList(Team.class);
        assertThat(teams).singleElement().satisfies(team -> {
            assertThat(team.name()).isEqualTo("Returns");
            assertThat(team.agents()).singleElement()
                    .satisfies(agent -> assertThat(agent).containsEntry("name", "Ines").containsEntry("active", false));
        });
    }
}
