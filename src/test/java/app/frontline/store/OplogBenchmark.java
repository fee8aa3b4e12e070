package app.frontline.store;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.FullDocument;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bson.Document;

/**
 * Oplog benchmark (not a test): what one change-stream round trip (getMore) costs on the embedded
 * store once N records were written, with mongo-java-server's own oplog and with
 * {@link BoundedOplog}; and the cost of a bulk insert with each. Run with
 * {@code java -Xmx4g -cp <test classpath> app.frontline.store.OplogBenchmark [N | bounded:N ...]}.
 */
public final class OplogBenchmark {

    private OplogBenchmark() {
    }

    public static void main(String[] args) {
        // an argument "250000" runs both oplogs at that size, "bounded:1000000" only BoundedOplog
        for (String arg : args.length == 0 ? new String[] {"100000"} : args) {
            boolean onlyBounded = arg.startsWith("bounded:");
            int n = Integer.parseInt(arg.substring(arg.indexOf(':') + 1));
            if (!onlyBounded) {
                run("mongo-java-server oplog", n, false);
            }
            run("BoundedOplog          ", n, true);
        }
    }

    private static long heapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    private static void run(String name, int n, boolean bounded) {
        MemoryBackend backend;
        if (bounded) {
            JournaledMemoryBackend ours = new JournaledMemoryBackend();
            ours.startOplog(Duration.ofMinutes(10), 1_000_000);
            backend = ours;
        } else {
            backend = new MemoryBackend();
            backend.enableOplog();
        }
        MongoServer server = new MongoServer(backend);
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            var db = client.getDatabase("frontline");
            MongoCollection<Document> orders = db.getCollection("orders");
            long started = System.nanoTime();
            List<Document> batch = new ArrayList<>(1000);
            for (int i = 0; i < n; i++) {
                batch.add(new Document("_id", "o" + i).append("total", i % 500).append("agent", "a" + i % 40)
                        .append("customer", "c" + i % 10_000).append("status", "approved"));
                if (batch.size() == 1000) {
                    orders.insertMany(batch);
                    batch = new ArrayList<>(1000);
                }
            }
            double insertSeconds = (System.nanoTime() - started) / 1e9;
            // a follower that is current: its cursor stands at the end of the n changes
            try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = db.watch(List.of(Aggregates.match(
                    Filters.in("ns.coll", List.of("orders", "conversations"))))).fullDocument(FullDocument.UPDATE_LOOKUP)
                    .batchSize(1000).cursor()) {
                // a round trip with nothing new, and one with one new insert and one replace
                long[] empty = new long[20];
                long[] one = new long[20];
                for (int i = 0; i < empty.length; i++) {
                    long t = System.nanoTime();
                    cursor.tryNext();
                    empty[i] = System.nanoTime() - t;
                    orders.insertOne(new Document("_id", "x" + i).append("total", 1));
                    orders.replaceOne(Filters.eq("_id", "o" + i), new Document("_id", "o" + i).append("total", 2));
                    t = System.nanoTime();
                    cursor.tryNext();
                    cursor.tryNext();
                    one[i] = System.nanoTime() - t;
                }
                Arrays.sort(empty);
                Arrays.sort(one);
                System.out.printf(Locale.ROOT,
                        "%s n=%,d: insert %,.0f records/s; getMore with nothing new p50 %.2f ms;"
                                + " an insert and a replace read p50 %.2f ms; heap %,d MB%n",
                        name, n, n / insertSeconds, empty[10] / 1e6, one[10] / 1e6, heapMb());
            }
        } finally {
            server.shutdownNow();
        }
    }
}
