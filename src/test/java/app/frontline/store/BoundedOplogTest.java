package app.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.FullDocument;
import de.bwaldvogel.mongo.MongoServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded store's change history, read through the real MongoDB driver as a follower reads it. */
class BoundedOplogTest {

    private JournaledMemoryBackend backend;
    private MongoServer server;
    private MongoClient client;
    private MongoDatabase db;

    @BeforeEach
    void start() {
        backend = new JournaledMemoryBackend();
        backend.startOplog(Duration.ofMinutes(10), 5);
        server = new MongoServer(backend);
        var address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        db = client.getDatabase("frontline");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private MongoChangeStreamCursor<ChangeStreamDocument<Document>> watch(BsonDocument resumeAfter) {
        var stream = db.watch(List.of(Aggregates.match(Filters.in("ns.coll", List.of("orders", "agents")))))
                .fullDocument(FullDocument.UPDATE_LOOKUP);
        return (resumeAfter == null ? stream : stream.resumeAfter(resumeAfter)).cursor();
    }

    private static List<String> drain(MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor) {
        List<String> seen = new ArrayList<>();
        for (ChangeStreamDocument<Document> e = cursor.tryNext(); e != null; e = cursor.tryNext()) {
            Document full = e.getFullDocument();
            seen.add(e.getOperationType().getValue() + " " + e.getNamespace().getCollectionName() + " "
                    + e.getDocumentKey().getString("_id").getValue() + (full == null ? "" : " " + full.get("v")));
        }
        return seen;
    }

    @Test
    void streamsInsertsReplacesAndDeletesOfTheFollowedCollectionsWithTheCurrentDocument() {
        try (var cursor = watch(null)) {
            var orders = db.getCollection("orders");
            orders.insertOne(new Document("_id", "o1").append("v", 1));
            db.getCollection("teams").insertOne(new Document("_id", "t1"));
            orders.replaceOne(Filters.eq("_id", "o1"), new Document("_id", "o1").append("v", 2));
            // an upsert that inserts is an insert; a replace by the same document changes nothing
            orders.replaceOne(Filters.eq("_id", "o2"), new Document("_id", "o2").append("v", 7),
                    new ReplaceOptions().upsert(true));
            orders.replaceOne(Filters.eq("_id", "o2"), new Document("_id", "o2").append("v", 7));
            orders.deleteOne(Filters.eq("_id", "o1"));

            // read after every write: each event carries the document as it is now (o1 is gone)
            assertThat(drain(cursor)).containsExactly("insert orders o1", "update orders o1", "insert orders o2 7",
                    "delete orders o1");
        }
    }

    @Test
    void aStreamResumesAfterItsTokenEvenWhenItsLastBatchWasEmpty() {
        BsonDocument token;
        try (var cursor = watch(null)) {
            db.getCollection("orders").insertOne(new Document("_id", "a").append("v", 1));
            assertThat(drain(cursor)).containsExactly("insert orders a 1");
            db.getCollection("teams").insertOne(new Document("_id", "t"));
            assertThat(cursor.tryNext()).isNull();
            // the empty batch moved the token past the teams insert (postBatchResumeToken)
            token = cursor.getResumeToken();
        }
        db.getCollection("agents").insertOne(new Document("_id", "g").append("v", 3));
        try (var cursor = watch(token)) {
            assertThat(drain(cursor)).containsExactly("insert agents g 3");
        }
    }

    @Test
    void aResumePointOlderThanTheKeptHistoryIsRefusedAsLost() {
        BsonDocument token;
        try (var cursor = watch(null)) {
            db.getCollection("orders").insertOne(new Document("_id", "first"));
            drain(cursor);
            token = cursor.getResumeToken();
        }
        // capacity 5: six more changes push the position out of the history
        for (int i = 0; i < 6; i++) {
            db.getCollection("orders").insertOne(new Document("_id", "n" + i));
        }
        assertThat(backend.history().size()).isEqualTo(5);
        assertThatThrownBy(() -> watch(token).tryNext())
                .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getCode()).isEqualTo(286));
    }

    @Test
    void oneWriteOfMoreChangesThanTheHistoryHoldsKeepsTheNewest() {
        BsonDocument token;
        try (var cursor = watch(null)) {
            assertThat(cursor.tryNext()).isNull();
            token = cursor.getResumeToken();
        }
        assertThat(token).isNotNull();
        db.getCollection("orders").insertMany(java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> new Document("_id", "m" + i)).toList());
        assertThat(backend.history().size()).isEqualTo(5);
        assertThatThrownBy(() -> watch(token).tryNext())
                .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getCode()).isEqualTo(286));
    }

    @Test
    void aCursorThatFellBehindTheHistoryFailsInsteadOfSkippingChanges() {
        try (var cursor = watch(null)) {
            for (int i = 0; i < 6; i++) {
                db.getCollection("orders").insertOne(new Document("_id", "n" + i));
            }
            assertThatThrownBy(cursor::tryNext)
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getCode()).isEqualTo(286));
        }
    }
}
