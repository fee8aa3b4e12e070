package app.frontline.ingest;

import java.util.List;
import org.bson.Document;

/**
 * Told about every batch of records the importer has stored, right after the store acknowledged
 * it and before the import reports the batch as done: the documents exactly as stored (stored
 * layout, {@code _id} = record id), in the order they were written; a later document with the
 * same id replaces the earlier one. Called on the import's writer thread, one batch at a time per
 * import; imports may run concurrently, so an implementation must be thread-safe. A follower of the
 * store's change stream tells the same listeners about writes made elsewhere, deletes included.
 */
public interface StoredRecordsListener {

    void stored(String collection, List<Document> documents);

    /**
     * Records written elsewhere (another instance, another tool), as the store's change stream
     * reported them: a document may already be older than the store's own (a later write of the same
     * record, even this instance's, can have overtaken it). A listener that must not go back in time
     * reads the records' current state; by default they are taken as stored.
     */
    default void followed(String collection, List<Document> documents) {
        stored(collection, documents);
    }

    /** Records deleted from the store, by id. */
    default void removed(String collection, List<Object> ids) {
    }
}
