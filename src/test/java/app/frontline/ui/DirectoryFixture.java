package app.frontline.ui;

import app.frontline.metric.KpiEngine;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** A small, known store: two teams, four agents (one inactive), a few other records. */
final class DirectoryFixture {

    static final List<String> COLLECTIONS = List.of("teams", "agents", "logins", "conversations", "surveys", "orders");

    private DirectoryFixture() {
    }

    /** Empties the store; the rollups, which only imports keep current, start again from it. */
    static void clear(MongoTemplate mongo, KpiEngine rollups) {
        // remove, not drop: dropping a collection that does not exist makes the embedded server log an error
        COLLECTIONS.forEach(c -> mongo.remove(new Query(), c));
        rollups.rebuild();
    }

    static void load(MongoTemplate mongo, KpiEngine rollups) {
        clear(mongo, rollups);
        mongo.insert(List.of(team("t-web", "Web Shop Support", "Europe/Amsterdam", 60),
                team("t-phone", "Phone Orders", "America/New_York", 15)), "teams");
        mongo.insert(List.of(agent("a-1", "Alice Jansen", "alice@example.com", "t-web", true),
                agent("a-2", "Bram de Vries", "bram@example.com", "t-web", false),
                agent("a-3", "Carla Gómez", "carla@example.com", "t-phone", true),
                agent("a-4", "Dmitri Ivanov", null, "t-phone", true)), "agents");
        for (int i = 1; i <= 7; i++) {
            mongo.insert(new Document("_id", "c-" + i).append("agentId", "a-1"), "conversations");
        }
        mongo.insert(List.of(new Document("_id", "s-1"), new Document("_id", "s-2")), "surveys");
        mongo.insert(List.of(new Document("_id", "o-1"), new Document("_id", "o-2"), new Document("_id", "o-3")),
                "orders");
        mongo.insert(new Document("_id", "l-1").append("agentId", "a-1"), "logins");
        rollups.rebuild();
    }

    private static Document team(String id, String name, String zone, int sla) {
        return new Document("_id", id).append("name", name).append("timeZone", zone)
                .append("slaFirstReplyMinutes", sla);
    }

    private static Document agent(String id, String name, String email, String teamId, boolean active) {
        return new Document("_id", id).append("name", name).append("email", email).append("teamId", teamId)
                .append("active", active);
    }
}
