package app.frontline.store;

import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;

@SpringBootTest
@AutoConfigureGraphQlTester
@WithMockUser(roles = "ADMIN")
class RecordCountsControllerTest {

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void emptyStore() {
        for (String c : new String[] {"teams", "agents", "logins", "conversations", "surveys", "orders"}) {
            mongo.remove(new Query(), c);
        }
    }

    @Test
    void countsEveryCollection() {
        mongo.insert(new Document(Map.of("_id", "t1", "name", "Web shop", "timeZone", "Europe/Amsterdam",
                "slaFirstReplyMinutes", 60)), "teams");
        for (int i = 1; i <= 3; i++) {
            mongo.insert(new Document(Map.of("_id", "a" + i, "name", "Agent " + i, "teamId", "t1", "active", true)),
                    "agents");
        }
        mongo.insert(new Document("_id", "c1"), "conversations");
        mongo.insert(new Document("_id", "c2"), "conversations");
        mongo.insert(new Document("_id", "o1"), "orders");

        graphQl.documentName("recordCounts").execute()
                .path("recordCounts").entity(Map.class)
                .isEqualTo(Map.of("teams", 1, "agents", 3, "logins", 0, "conversations", 2, "surveys", 0, "orders", 1));
    }

    @Test
    void emptyStoreCountsZero() {
        graphQl.documentName("recordCounts").execute()
                .path("recordCounts").entity(Map.class)
                .isEqualTo(Map.of("teams", 0, "agents", 0, "logins", 0, "conversations", 0, "surveys", 0, "orders", 0));
    }
}
