package app.frontline.ingest;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Buffers valid records per collection and bulk-upserts each full batch by {@code _id}
 * (replace the whole document, insert when new), so loading a file twice leaves the same state.
 * Ordered, so a later record with the same id in one import wins, as it would line by line.
 * One writer per import; not thread-safe.
 */
final class RecordWriter {

    /** A record waiting for its batch; line and type let a store-side failure be reported. */
    record Pending(long line, RecordType type, String id, Document document) {
    }

    /** Told about a record the store refused although it was valid (should not happen). */
    interface StoreFailure {
        void failed(Pending record, String reason);
    }

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoOperations mongo;
    private final int batchSize;
    private final StoreFailure onFailure;
    private final Map<RecordType, List<Pending>> buffers = new EnumMap<>(RecordType.class);
    private long inserted;
    private long replaced;

    RecordWriter(MongoOperations mongo, int batchSize, StoreFailure onFailure) {
        this.mongo = mongo;
        this.batchSize = batchSize;
        this.onFailure = onFailure;
    }

    void add(Pending record) {
        List<Pending> buffer = buffers.computeIfAbsent(record.type(), t -> new ArrayList<>(batchSize));
        buffer.add(record);
        if (buffer.size() >= batchSize) {
            write(record.type(), buffer);
            buffer.clear();
        }
    }

    void flush() {
        buffers.forEach((type, buffer) -> {
            write(type, buffer);
            buffer.clear();
        });
    }

    long inserted() {
        return inserted;
    }

    long replaced() {
        return replaced;
    }

    /** Writes one batch; a record the store refuses is reported and the rest of the batch retried. */
    private void write(RecordType type, List<Pending> batch) {
        List<Pending> rest = batch;
        while (!rest.isEmpty()) {
            List<ReplaceOneModel<Document>> models = rest.stream()
                    .map(p -> new ReplaceOneModel<>(Filters.eq("_id", p.id()), p.document(), UPSERT))
                    .toList();
            try {
                count(mongo.getCollection(type.collection()).bulkWrite(models, new BulkWriteOptions().ordered(true)));
                return;
            } catch (MongoBulkWriteException e) {
                count(e.getWriteResult());
                if (e.getWriteErrors().isEmpty()) {
                    throw e;
                }
                BulkWriteError error = e.getWriteErrors().getFirst();
                onFailure.failed(rest.get(error.getIndex()), "the store refused the record: " + error.getMessage());
                rest = rest.subList(error.getIndex() + 1, rest.size());
            }
        }
    }

    private void count(BulkWriteResult result) {
        if (result.wasAcknowledged()) {
            inserted += result.getUpserts().size();
            replaced += result.getMatchedCount();
        }
    }
}
