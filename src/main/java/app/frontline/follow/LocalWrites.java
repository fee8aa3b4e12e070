package app.frontline.follow;

import app.frontline.ingest.StoredRecordsListener;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * This instance's own imports, remembered for a short while so that their echo from the change
 * stream is not applied again: the importer already handed those documents to the listeners.
 *
 * <p>An echo is skipped only when it carries exactly the document this instance delivered last
 * for that id; every document the follower delivers (an echo that differs, another instance's
 * write) first forgets the id, so a skipped echo never hides a newer version. Forgetting costs
 * only work: the document is applied again, which a listener treats as a replace.
 */
@Component
@ConditionalOnWebApplication
class LocalWrites implements StoredRecordsListener {

    private record Key(String collection, Object id) {
    }

    private record Written(Document document, long at) {
    }

    private final long windowNanos;
    private final int max;
    private final Map<Key, Written> recent = new LinkedHashMap<>();
    private long skipped;

    LocalWrites(FollowProperties properties) {
        this.windowNanos = properties.echoWindow().toNanos();
        this.max = properties.echoMax();
    }

    @Override
    public synchronized void stored(String collection, List<Document> documents) {
        if (windowNanos <= 0 || max <= 0) {
            return;
        }
        long now = System.nanoTime();
        for (Document d : documents) {
            Key key = new Key(collection, d.get("_id"));
            recent.remove(key);
            recent.put(key, new Written(d, now));
        }
        expire(now);
    }

    /** Whether {@code document} (null: deleted) is the echo of this instance's own last write of it; forgets it either way. */
    synchronized boolean isEcho(String collection, Object id, @Nullable Document document) {
        Written mine = recent.remove(new Key(collection, id));
        if (mine != null && mine.document().equals(document)) {
            skipped++;
            return true;
        }
        return false;
    }

    synchronized long skipped() {
        return skipped;
    }

    /**
     * Echoes that never come (the store reports no change for an identical replace) age out here;
     * beyond the maximum the oldest go first (their echo, if it comes, is applied again).
     */
    private void expire(long now) {
        Iterator<Written> it = recent.values().iterator();
        while (it.hasNext()) {
            Written oldest = it.next();
            if (recent.size() <= max && now - oldest.at() <= windowNanos) {
                break;
            }
            it.remove();
        }
    }
}
