package app.frontline.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.MongoCommandCounter;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** teams, team(id), agents(teamId), agent(id) through the real /graphql endpoint. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@Import(MongoCommandCounter.Config.class)
class DirectoryGraphQlTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoCommandCounter commands;

    @BeforeEach
    void directory() {
        // emptied, not dropped: a dropped collection makes the change follower rebuild the KPI facts,
        // whose reads would mix with the commands this test counts
        mongo.getCollection("teams").deleteMany(new Document());
        mongo.getCollection("agents").deleteMany(new Document());
        mongo.insert(new Document("_id", "t-emea").append("name", "EMEA").append("timeZone", "Europe/Amsterdam")
                .append("slaFirstReplyMinutes", 60), "teams");
        // no timeZone of its own: the store's zone (UTC) applies
        mongo.insert(new Document("_id", "t-us").append("name", "Americas").append("slaFirstReplyMinutes", 30), "teams");
        mongo.insert(new Document("_id", "a-1").append("name", "Alice").append("email", "alice@shop.example")
                .append("teamId", "t-emea").append("active", true), "agents");
        mongo.insert(new Document("_id", "a-2").append("name", "Bram").append("teamId", "t-emea")
                .append("active", false), "agents");
        mongo.insert(new Document("_id", "a-3").append("name", "Carla").append("teamId", "t-us")
                .append("active", true), "agents");
        // its team has not been loaded yet
        mongo.insert(new Document("_id", "a-4").append("name", "Dev").append("teamId", "t-apac")
                .append("active", true), "agents");
    }

    @Test
    void teamsWithTheirAgentsInTwoQueries() {
        commands.reset();
        graphQl.documentName("teamsWithAgents").execute()
                .path("teams[*].id").entityList(String.class).containsExactly("t-us", "t-emea")
                .path("teams[0].timeZone").entity(String.class).isEqualTo("UTC")
                .path("teams[1].timeZone").entity(String.class).isEqualTo("Europe/Amsterdam")
                .path("teams[1].agents[*].name").entityList(String.class).containsExactly("Alice", "Bram")
                .path("teams[1].agents[1].active").entity(Boolean.class).isEqualTo(false)
                .path("teams[0].agents[0].team.id").entity(String.class).isEqualTo("t-us");
        // teams, then all their agents at once, then all those agents' teams at once
        assertThat(commands.commands()).containsExactly("find teams", "find agents", "find teams");
    }

    @Test
    void allAgentsOrOneTeamsAgents() {
        graphQl.documentName("agents").execute()
                .path("agents[*].id").entityList(String.class).containsExactly("a-1", "a-2", "a-3", "a-4")
                .path("agents[3].team").valueIsNull();
        graphQl.documentName("agents").variable("teamId", "t-us").execute()
                .path("agents[*].name").entityList(String.class).containsExactly("Carla")
                .path("agents[0].team.name").entity(String.class).isEqualTo("Americas");
    }

    @Test
    void oneTeamAndOneAgentByIdOrNull() {
        graphQl.documentName("teamAndAgent").variable("teamId", "t-emea").variable("agentId", "a-3").execute()
                .path("team.agents[*].id").entityList(String.class).containsExactly("a-1", "a-2")
                .path("agent.team.id").entity(String.class).isEqualTo("t-us");
        graphQl.documentName("teamAndAgent").variable("teamId", "nope").variable("agentId", "nope").execute()
                .path("team").valueIsNull()
                .path("agent").valueIsNull();
    }
}
