package app.frontline.ingest;

import java.util.List;
import org.bson.Document;

/**
 * Told about every batch of records the importer has stored, right after the store acknowledged
 * it and before the import reports the batch as done: the documents exactly as stored (stored
 * layout, {@code _id} = record id), in the order they were written; a later document with the
 * same id replaces the earlier one. Called on the import's writer thread, one batch at a time per
 * import; imports may run concurrently, so an implementation must be thread-safe.
 *
 * <p>The change-stream follower ({@code app.frontline.follow}) calls it too, with what any
 * instance or tool wrote, in the store's order: so a document may come twice (once from this
 * instance's import, once as its echo), and a later call carries the current version.
 */
public interface StoredRecordsListener {

    void stored(String collection, List<Document> documents);

    /**
     * Told that records were deleted from the store (by {@code _id}), by whatever deleted them;
     * the importer never deletes, so only the change-stream follower calls this. Ids of records
     * never stored may come: ignore them.
     */
    default void removed(String collection, List<Object> ids) {
    }
}
