package app.frontline.ingest;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Buffers valid records per collection and writes each full batch as an upsert by {@code _id}
 * (replace the whole document, insert when new), so loading a file twice leaves the same state.
 * A later record with the same id in one import wins, as it would line by line.
 *
 * <p>An upsert is a query plus a write for every record; on the embedded store it costs about twice
 * an insert. So a batch first asks which of its ids are stored (one {@code _id $in} query, served by
 * the {@code _id} index on any MongoDB), inserts the first occurrence of every new id, then replaces,
 * in order, the records whose id is stored or came earlier in the batch. Those replaces stay upserts,
 * and an insert that meets a duplicate key (a concurrent import stored the id in between) is redone
 * as one, so the outcome and the inserted/replaced counts are those of plain ordered upserts.
 *
 * <p>Batches are written on a background thread, one after the other in the order they filled, while
 * the caller validates the next ones; at most {@link #IN_FLIGHT} wait. Results (counts, refused
 * records) are taken back on the caller's thread; {@link #flush} returns only when every batch is
 * stored and acknowledged. One writer per import; not thread-safe.
 */
final class RecordWriter {

    /** A record waiting for its batch; line and type let a store-side failure be reported. */
    record Pending(long line, RecordType type, String id, Document document) {
    }

    /** Told about a record the store refused although it was valid (should not happen). */
    interface StoreFailure {
        void failed(Pending record, String reason);
    }

    /** Told, on the caller's thread, about each batch once it is stored and acknowledged. */
    interface BatchStored {
        BatchStored NONE = (type, records) -> { };

        void stored(RecordType type, long records);
    }

    /** Batches written or waiting to be, beyond the one being filled: bounds memory. */
    static final int IN_FLIGHT = 2;

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions ORDERED = new BulkWriteOptions().ordered(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    /** One virtual thread per batch; {@link #tail} chains them so they run one at a time, in order. */
    private static final Executor WRITER = task -> Thread.ofVirtual().name("record-writer").start(task);

    private final MongoOperations mongo;
    private final int batchSize;
    private final StoreFailure onFailure;
    private final List<StoredRecordsListener> listeners;
    private final BatchStored onStored;
    private final Map<RecordType, List<Pending>> buffers = new EnumMap<>(RecordType.class);
    private final Deque<CompletableFuture<Outcome>> inFlight = new ArrayDeque<>();
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    private long inserted;
    private long replaced;

    RecordWriter(MongoOperations mongo, int batchSize, StoreFailure onFailure) {
        this(mongo, batchSize, onFailure, List.of(), BatchStored.NONE);
    }

    RecordWriter(MongoOperations mongo, int batchSize, StoreFailure onFailure, List<StoredRecordsListener> listeners,
            BatchStored onStored) {
        this.mongo = mongo;
        this.batchSize = batchSize;
        this.onFailure = onFailure;
        this.listeners = listeners;
        this.onStored = onStored;
    }

    void add(Pending record) {
        List<Pending> buffer = buffers.computeIfAbsent(record.type(), t -> new ArrayList<>(batchSize));
        buffer.add(record);
        if (buffer.size() >= batchSize) {
            buffers.remove(record.type());
            submit(record.type(), buffer);
        }
    }

    /** Writes what is buffered and waits until every batch is stored. */
    void flush() {
        buffers.forEach(this::submit);
        buffers.clear();
        while (!inFlight.isEmpty()) {
            collect();
        }
    }

    long inserted() {
        return inserted;
    }

    long replaced() {
        return replaced;
    }

    private void submit(RecordType type, List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        while (inFlight.size() >= IN_FLIGHT) {
            collect();
        }
        // a failed batch does not stop the ones queued after it; its error surfaces in collect()
        CompletableFuture<Outcome> next = tail.handle((ignored, error) -> null)
                .thenApplyAsync(ignored -> write(type, batch), WRITER);
        tail = next;
        inFlight.add(next);
    }

    /** Takes back the oldest batch's result on the caller's thread. */
    private void collect() {
        Outcome outcome;
        try {
            outcome = inFlight.removeFirst().join();
        } catch (CompletionException e) {
            // the store is unreachable or broken: let the batches queued after it finish, then fail
            inFlight.forEach(f -> f.handle((ignored, error) -> null).join());
            inFlight.clear();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        inserted += outcome.inserted;
        replaced += outcome.replaced;
        outcome.refused.forEach(r -> onFailure.failed(r.record(), r.reason()));
        if (outcome.inserted + outcome.replaced > 0) {
            onStored.stored(outcome.type, outcome.inserted + outcome.replaced);
        }
    }

    /** What writing one batch came to; filled on the writer thread, read on the caller's. */
    private static final class Outcome {
        final RecordType type;
        long inserted;
        long replaced;
        final List<Refused> refused = new ArrayList<>();

        Outcome(RecordType type) {
            this.type = type;
        }

        void count(BulkWriteResult result) {
            if (result.wasAcknowledged()) {
                inserted += result.getInsertedCount() + result.getUpserts().size();
                replaced += result.getMatchedCount();
            }
        }
    }

    private record Refused(Pending record, String reason) {
    }

    private record Indexed(int index, Pending record) {
    }

    private Outcome write(RecordType type, List<Pending> batch) {
        Outcome outcome = new Outcome(type);
        MongoCollection<Document> collection = mongo.getCollection(type.collection());
        Set<String> stored = storedIds(collection, batch);
        List<Indexed> inserts = new ArrayList<>();
        List<Indexed> replaces = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Pending p = batch.get(i);
            boolean first = seen.add(p.id());
            (first && !stored.contains(p.id()) ? inserts : replaces).add(new Indexed(i, p));
        }
        replaces.addAll(insert(collection, inserts, outcome));
        replaces.sort(Comparator.comparingInt(Indexed::index));
        replace(collection, replaces.stream().map(Indexed::record).toList(), outcome);
        tell(type, batch, outcome);
        return outcome;
    }

    /** Hands the stored documents (the batch minus what the store refused) to the listeners. */
    private void tell(RecordType type, List<Pending> batch, Outcome outcome) {
        if (listeners.isEmpty()) {
            return;
        }
        Set<Pending> refused = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        outcome.refused.forEach(r -> refused.add(r.record()));
        List<Document> stored = batch.stream().filter(p -> !refused.contains(p)).map(Pending::document).toList();
        for (StoredRecordsListener listener : listeners) {
            listener.stored(type.collection(), stored);
        }
    }

    private static Set<String> storedIds(MongoCollection<Document> collection, List<Pending> batch) {
        Set<String> ids = new HashSet<>();
        batch.forEach(p -> ids.add(p.id()));
        Set<String> stored = new HashSet<>();
        collection.find(Filters.in("_id", ids)).projection(Projections.include("_id"))
                .forEach(d -> stored.add(d.getString("_id")));
        return stored;
    }

    /**
     * Inserts records with distinct new ids, unordered (they cannot conflict with one another).
     *
     * @return the records that met a duplicate key, to be upserted instead
     */
    private static List<Indexed> insert(MongoCollection<Document> collection, List<Indexed> inserts, Outcome outcome) {
        if (inserts.isEmpty()) {
            return List.of();
        }
        List<InsertOneModel<Document>> models = inserts.stream()
                .map(i -> new InsertOneModel<>(i.record().document()))
                .toList();
        try {
            outcome.count(collection.bulkWrite(models, UNORDERED));
            return List.of();
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().isEmpty()) {
                throw e;
            }
            // unordered: every document without an error went in. Counted from the errors, as the
            // embedded server's insert reports n = all documents sent, refused ones included
            outcome.inserted += inserts.size() - e.getWriteErrors().size();
            List<Indexed> retry = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                Indexed failed = inserts.get(error.getIndex());
                if (ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                    retry.add(failed);
                } else {
                    outcome.refused.add(new Refused(failed.record(), "the store refused the record: " + error.getMessage()));
                }
            }
            return retry;
        }
    }

    /** Upserts in order; a record the store refuses is reported and the rest retried. */
    private static void replace(MongoCollection<Document> collection, List<Pending> replaces, Outcome outcome) {
        List<Pending> rest = replaces;
        while (!rest.isEmpty()) {
            List<ReplaceOneModel<Document>> models = rest.stream()
                    .map(p -> new ReplaceOneModel<>(Filters.eq("_id", p.id()), p.document(), UPSERT))
                    .toList();
            try {
                outcome.count(collection.bulkWrite(models, ORDERED));
                return;
            } catch (MongoBulkWriteException e) {
                outcome.count(e.getWriteResult());
                if (e.getWriteErrors().isEmpty()) {
                    throw e;
                }
                BulkWriteError error = e.getWriteErrors().getFirst();
                outcome.refused.add(new Refused(rest.get(error.getIndex()),
                        "the store refused the record: " + error.getMessage()));
                rest = rest.subList(error.getIndex() + 1, rest.size());
            }
        }
    }
}
