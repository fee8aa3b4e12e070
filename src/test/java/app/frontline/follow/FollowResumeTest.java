package app.frontline.follow;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.RecordImporter;
import app.frontline.metric.KpiEngine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Writes made while the follower is not following (as by mongoimport: straight into the store,
 * not through this instance's importer): caught up from the saved position when it follows
 * again; and when the store's history (50 changes here) no longer reaches back to that position,
 * rebuilt from the store instead of silently missed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "frontline.store.oplog.max-entries=50")
@AutoConfigureHttpGraphQlTester
class FollowResumeTest {

    private static final Map<String, String> MARCH = Map.of("from", "2025-03-01", "to", "2025-03-31");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ChangeFollower follower;

    @Autowired
    KpiEngine rollups;

    @Autowired
    RecordImporter importer;

    @Autowired
    MongoTemplate mongo;

    /** One order imported as usual: 12.50 on 10 March. */
    @BeforeEach
    void oneImportedOrder() {
        List.of("teams", "agents", "logins", "conversations", "surveys", "orders")
                .forEach(c -> mongo.getCollection(c).deleteMany(new Document()));
        rollups.rebuild();
        follower.restart(null);
        String line = "{\"type\":\"order\",\"id\":\"o0\",\"status\":\"approved\",\"createdAt\":\"2025-03-10T11:00:00Z\","
                + "\"customerEmail\":\"c0@shop.example\",\"total\":\"12.50\"}\n";
        importer.importNdjson(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
        assertThat(orders()).isEqualTo(1);
    }

    /** Copies of the imported order written straight into the store (the stored layout, other ids). */
    private void writeBehindTheImporter(int copies) {
        Document stored = mongo.getCollection("orders").find(new Document("_id", "o0")).first();
        mongo.getCollection("orders").insertMany(IntStream.rangeClosed(1, copies)
                .mapToObj(i -> new Document(stored).append("_id", "raw" + i))
                .toList());
    }

    @Test
    void writesMadeWhileNotFollowingAreCaughtUpFromTheSavedPosition() {
        var builtAt = rollups.status().builtAt();
        long rebuilds = follower.rebuilds();
        follower.stop();
        ChangePosition position = follower.position().orElseThrow();

        writeBehindTheImporter(3);
        // not following: the rollups do not know them yet
        assertThat(orders()).isEqualTo(1);

        follower.restart(position);
        awaitOrders(4);
        assertThat(follower.rebuilds()).isEqualTo(rebuilds);
        assertThat(rollups.status().builtAt()).isEqualTo(builtAt);
    }

    @Test
    void whenTheStoreNoLongerHasThePositionTheRollupsAreRebuilt() {
        long rebuilds = follower.rebuilds();
        follower.stop();

        // 60 changes: more than the 50 the store keeps, so the position is gone
        writeBehindTheImporter(60);
        assertThat(orders()).isEqualTo(1);

        follower.start();
        awaitOrders(61);
        assertThat(follower.rebuilds()).isEqualTo(rebuilds + 1);
        // and it follows on from there
        mongo.getCollection("orders").insertOne(new Document(mongo.getCollection("orders")
                .find(new Document("_id", "o0")).first()).append("_id", "after"));
        awaitOrders(62);
    }

    private int orders() {
        Integer n = graphQl.documentName("followedOrders").variable("period", MARCH).execute()
                .path("kpis.orders").entity(Integer.class).get();
        return n;
    }

    private Duration awaitOrders(int expected) {
        long started = System.nanoTime();
        while ((!"READY".equals(rollups.status().state()) || orders() != expected)
                && System.nanoTime() - started < 10_000_000_000L) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(rollups.status().state()).isEqualTo("READY");
        assertThat(orders()).isEqualTo(expected);
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
