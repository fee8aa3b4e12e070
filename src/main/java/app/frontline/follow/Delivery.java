package app.frontline.follow;

import app.frontline.ingest.StoredRecordsListener;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * One batch of changes, reduced to what the listeners need: per collection, the last state of
 * each record (a document, or gone), in the order the records first changed.
 *
 * <p>A record seen deleted (or updated and then gone) is looked up again: if it is back by now
 * (deleted, then imported again), its current document is delivered instead of the removal, so an
 * old deletion read late never takes away a record this instance has already re-imported.
 */
final class Delivery {

    private final MongoDatabase mongo;
    private final List<String> followed;
    private final LocalWrites localWrites;
    private final Map<String, Map<Object, @Nullable Document>> changes = new LinkedHashMap<>();

    Delivery(MongoDatabase mongo, List<String> followed, LocalWrites localWrites) {
        this.mongo = mongo;
        this.followed = followed;
        this.localWrites = localWrites;
    }

    /** @return whether a followed collection was dropped or renamed (its records are gone without one event each) */
    boolean deliver(List<ChangeStreamDocument<Document>> batch, List<StoredRecordsListener> listeners) {
        boolean lostTrack = false;
        for (ChangeStreamDocument<Document> event : batch) {
            String collection = event.getNamespace() == null ? null : event.getNamespace().getCollectionName();
            switch (event.getOperationType()) {
                case INSERT, UPDATE, REPLACE, DELETE -> {
                    if (collection != null && followed.contains(collection) && event.getDocumentKey() != null) {
                        Object id = javaValue(event.getDocumentKey().get("_id"));
                        Map<Object, @Nullable Document> records = changes.computeIfAbsent(collection,
                                c -> new LinkedHashMap<>());
                        records.remove(id);
                        records.put(id, event.getFullDocument());
                    }
                }
                case DROP, RENAME, DROP_DATABASE, INVALIDATE -> lostTrack = true;
                default -> { }
            }
        }
        changes.forEach((collection, records) -> tell(collection, records, listeners));
        return lostTrack;
    }

    private void tell(String collection, Map<Object, @Nullable Document> records, List<StoredRecordsListener> listeners) {
        List<Object> gone = new ArrayList<>();
        records.forEach((id, document) -> {
            if (document == null) {
                gone.add(id);
            }
        });
        if (!gone.isEmpty()) {
            mongo.getCollection(collection).find(Filters.in("_id", gone)).forEach(d -> records.put(d.get("_id"), d));
        }
        List<Document> stored = new ArrayList<>();
        List<Object> removed = new ArrayList<>();
        records.forEach((id, document) -> {
            if (localWrites.isEcho(collection, id, document)) {
                return;
            }
            if (document == null) {
                removed.add(id);
            } else {
                stored.add(document);
            }
        });
        for (StoredRecordsListener listener : listeners) {
            if (!stored.isEmpty()) {
                listener.followed(collection, stored);
            }
            if (!removed.isEmpty()) {
                listener.removed(collection, removed);
            }
        }
    }


    /** A document key's {@code _id} as the Java value a decoded document holds (String for our records). */
    private static Object javaValue(BsonValue id) {
        if (id.isString()) {
            return id.asString().getValue();
        }
        BsonDocument wrapper = new BsonDocument("_id", id);
        return Document.parse(wrapper.toJson()).get("_id");
    }
}
