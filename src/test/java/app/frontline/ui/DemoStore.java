package app.frontline.ui;

import app.frontline.demo.DemoDataGenerator;
import app.frontline.demo.DemoOptions;
import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import app.frontline.metric.KpiEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The demo store (the generator's defaults: 5 teams, 40 agents, 120 days up to today) in the browser
 * tests' shared application, with the demo's manager (EMEA and VIP Care) and agent (a-1) as users.
 */
final class DemoStore {

    static final String MANAGER = "demo-manager";
    static final String AGENT = "demo-agent";
    static final String PASSWORD = "demo-password";

    private DemoStore() {
    }

    static void load(MongoTemplate mongo, KpiEngine rollups, RecordImporter importer, int port) throws Exception {
        DirectoryFixture.clear(mongo, rollups);
        var ndjson = new ByteArrayOutputStream();
        new DemoDataGenerator(DemoOptions.defaults(LocalDate.now(ZoneOffset.UTC))).generate(ndjson);
        importer.importNdjson(new ByteArrayInputStream(ndjson.toByteArray()), ImportProgress.NONE);
        createUser(port, MANAGER, "MANAGER", "teamIds: [\\\"t-emea\\\", \\\"t-vip\\\"]");
        createUser(port, AGENT, "AGENT", "agentId: \\\"a-1\\\"");
    }

    /** An agent of a team the demo manager does not manage. */
    static String agentOfAnotherTeam(MongoTemplate mongo) {
        Document agent = mongo.findOne(new Query(Criteria.where("teamId").nin(List.of("t-emea", "t-vip"))),
                Document.class, "agents");
        return agent.getString("_id");
    }

    private static void createUser(int port, String username, String role, String extra) throws IOException,
            InterruptedException {
        String query = "mutation { createUser(input: {username: \\\"" + username + "\\\", password: \\\"" + PASSWORD
                + "\\\", role: " + role + ", " + extra + "}) { __typename } }";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/graphql")).header("Content-Type", "application/json")
                .header("Authorization", app.frontline.TestUsers.adminBasic())
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("createUser " + username + ": " + response.body());
        }
    }
}
