package app.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableStoreTest {

    @TempDir
    Path dir;

    @Test
    void acknowledgedWritesSurviveARestart() throws Exception {
        withStore(orders -> {
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 2500; i++) {
                docs.add(new Document("_id", "o-" + i).append("total", new Decimal128(new BigDecimal("12.50")))
                        .append("createdAt", Date.from(Instant.parse("2026-11-02T09:30:00Z"))));
            }
            orders.insertMany(docs);
            orders.replaceOne(Filters.eq("_id", "o-1"), new Document("total", new Decimal128(new BigDecimal("99.90"))),
                    new ReplaceOptions().upsert(true));
            orders.updateOne(Filters.eq("_id", "o-2"), Updates.set("status", "declined"));
            orders.deleteOne(Filters.eq("_id", "o-3"));
            orders.createIndex(Indexes.ascending("ref"), new IndexOptions().unique(true).sparse(true).name("ref_unique"));
        });

        // the process is gone; a new one opens the same folder
        withStore(orders -> {
            assertThat(orders.countDocuments()).isEqualTo(2499);
            assertThat(orders.find(Filters.eq("_id", "o-1")).first().get("total", Decimal128.class).bigDecimalValue())
                    .isEqualByComparingTo("99.90");
            assertThat(orders.find(Filters.eq("_id", "o-2")).first().getString("status")).isEqualTo("declined");
            assertThat(orders.find(Filters.eq("_id", "o-3")).first()).isNull();
            assertThat(orders.find(Filters.eq("_id", "o-4")).first().getDate("createdAt"))
                    .isEqualTo(Date.from(Instant.parse("2026-11-02T09:30:00Z")));
            // the unique index came back and is enforced
            orders.insertOne(new Document("_id", "x").append("ref", 1));
            assertThatThrownBy(() -> orders.insertOne(new Document("_id", "y").append("ref", 1)))
                    .isInstanceOf(MongoWriteException.class);
        });
        // and again, after the compaction of the second start
        withStore(orders -> assertThat(orders.countDocuments()).isEqualTo(2500));
    }

    @Test
    void aWriteCutOffMidwayIsDroppedAndEverythingBeforeItKept() throws Exception {
        Path[] journal = new Path[1];
        try (DurableStore store = DurableStore.open(dir, true)) {
            journal[0] = store.journalPath();
            use(store, orders -> orders.insertOne(new Document("_id", "kept")));
        }
        // a crash in the middle of the next append: a frame header promising more than was written
        Files.write(journal[0], new byte[] {0, 0, 1, 0, 1, 2, 3, 4, 5, 6, 7}, StandardOpenOption.APPEND);

        withStore(orders -> {
            assertThat(orders.countDocuments()).isEqualTo(1);
            orders.insertOne(new Document("_id", "after"));
        });
        withStore(orders -> assertThat(orders.countDocuments()).isEqualTo(2));
    }

    @Test
    void aSecondProcessCannotOpenAFolderInUse() throws Exception {
        try (DurableStore first = DurableStore.open(dir, true)) {
            assertThatThrownBy(() -> DurableStore.open(dir, true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running Frontline");
        }
    }

    @Test
    void onlyTheCurrentGenerationsFilesRemainAfterCompaction() throws Exception {
        withStore(orders -> orders.insertOne(new Document("_id", "a")));
        withStore(orders -> orders.insertOne(new Document("_id", "b")));
        withStore(orders -> assertThat(orders.countDocuments()).isEqualTo(2));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(".lock", "journal-3.bin", "snapshot-3.bin");
        }
    }

    private void withStore(Consumer<MongoCollection<Document>> work) throws IOException {
        try (DurableStore store = DurableStore.open(dir, true)) {
            use(store, work);
        }
    }

    private static void use(DurableStore store, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(store.backend());
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            work.accept(client.getDatabase("frontline").getCollection("orders"));
        } finally {
            server.shutdownNow();
        }
    }
}
