package app.frontline.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The embedded store's change history, for change streams: what mongo-java-server's own oplog
 * ({@code CollectionBackedOplog}) does, bounded and indexed.
 *
 * <p>The stock oplog keeps a deep copy of every inserted document forever, and each getMore of
 * every change stream scans and sorts all of it (and, for {@code updateLookup}, scans the whole
 * collection per updated document): at a million records a getMore costs seconds and the copies
 * double the heap. Here an entry is only (position, namespace, operation, id), kept in position
 * order, so a getMore finds its place by binary search and reads only what is new; the document is
 * looked up by {@code _id} (a unique index) when the event is read, so an event carries the
 * document as it is then, and an insert the store refused (the stock oplog logs those too) carries
 * what is actually stored.
 *
 * <p>Entries older than the retention, and the oldest beyond the maximum count, are dropped. A
 * change stream asking to resume from before the oldest kept entry, or whose cursor fell that far
 * behind, gets error 286 (ChangeStreamHistoryLost), as from a real MongoDB whose oplog rolled
 * over: the follower then rebuilds from the store instead of silently missing changes. The history
 * starts empty at every start of the store, so a resume token from an earlier run is refused too.
 */
final class BoundedOplog implements Oplog {

    static final int HISTORY_LOST = 286;
    /** Events per batch when the client asks for no limit: bounds a reply after a long pause. */
    static final int MAX_BATCH = 2_000;

    private static final byte INSERT = 'i', UPDATE = 'u', DELETE = 'd', DROP = 'c';
    private static final String WHOLE_DATABASE = "1";

    private final MongoBackend backend;
    private final CursorRegistry registry;
    private final Clock clock;
    private final long retentionSeconds;
    private final int capacity;
    private final Map<Long, ChangeCursor> cursors = new ConcurrentHashMap<>();

    // a ring of entries in position order; guarded by this
    private final long[] positions;
    private final String[] namespaces;
    private final Object[] ids;
    private final byte[] operations;
    private int head;
    private int size;
    private long last;
    /** Every change after this position is still kept. */
    private long horizon;

    BoundedOplog(MongoBackend backend, CursorRegistry registry, Clock clock, Duration retention, int maxEntries) {
        this.backend = backend;
        this.registry = registry;
        this.clock = clock;
        this.retentionSeconds = Math.max(1, retention.toSeconds());
        this.capacity = maxEntries;
        this.positions = new long[maxEntries];
        this.namespaces = new String[maxEntries];
        this.ids = new Object[maxEntries];
        this.operations = new byte[maxEntries];
        this.last = clock.instant().getEpochSecond() << 32;
        this.horizon = last;
    }

    @Override
    public void handleInsert(String namespace, List<Document> documents) {
        if (followed(namespace)) {
            append(namespace, INSERT, documents.stream().map(d -> d.get("_id")).toList());
        }
    }

    @Override
    public void handleUpdate(String namespace, Document selector, Document query, List<Object> modifiedIds) {
        if (followed(namespace)) {
            append(namespace, UPDATE, modifiedIds);
        }
    }

    @Override
    public void handleDelete(String namespace, Document query, List<Object> deletedIds) {
        if (followed(namespace)) {
            append(namespace, DELETE, deletedIds);
        }
    }

    @Override
    public void handleDropCollection(String namespace) {
        if (followed(namespace)) {
            append(namespace, DROP, java.util.Collections.singletonList(null));
        }
    }

    private static boolean followed(String namespace) {
        int dot = namespace.indexOf('.');
        String db = namespace.substring(0, dot);
        return !db.equals("local") && !db.equals("admin") && !db.equals("config")
                && !namespace.startsWith("system.", dot + 1);
    }

    private synchronized void append(String namespace, byte operation, List<?> changed) {
        if (changed.isEmpty()) {
            return;
        }
        long now = clock.instant().getEpochSecond();
        trim((now - retentionSeconds) << 32);
        for (Object id : changed) {
            if (size == capacity) {
                dropOldest();
            }
            last = Math.max(last + 1, now << 32);
            int slot = (head + size) % capacity;
            positions[slot] = last;
            namespaces[slot] = namespace;
            ids[slot] = id;
            operations[slot] = operation;
            size++;
        }
    }

    /** Drops the entries before {@code oldest}. */
    private void trim(long oldest) {
        while (size > 0 && positions[head] < oldest) {
            dropOldest();
        }
    }

    private void dropOldest() {
        horizon = positions[head];
        namespaces[head] = null;
        ids[head] = null;
        head = (head + 1) % capacity;
        size--;
    }

    /** Entries kept now (for measurements and tests). */
    synchronized int size() {
        return size;
    }

    /** Drops every entry (tests: a resume point that is gone). */
    synchronized void clear() {
        trim(Long.MAX_VALUE);
    }

    @Override
    public Cursor createCursor(Document changeStream, String namespace, Aggregation aggregation) {
        long from = startPosition(changeStream);
        ChangeCursor cursor = new ChangeCursor(registry.generateCursorId(), namespace, aggregation,
                "updateLookup".equals(changeStream.get("fullDocument")), from);
        registry.add(cursor);
        cursors.put(cursor.getId(), cursor);
        return cursor;
    }

    private synchronized long startPosition(Document changeStream) {
        Document token = changeStream.get("startAfter") instanceof Document d ? d
                : changeStream.get("resumeAfter") instanceof Document d2 ? d2 : null;
        long from;
        if (token != null) {
            from = Long.parseUnsignedLong((String) token.get("_data"), 16);
        } else if (changeStream.get("startAtOperationTime") instanceof BsonTimestamp at) {
            from = at.getValue() - 1;
        } else {
            return last;
        }
        if (from < horizon) {
            throw historyLost();
        }
        return from;
    }

    private static MongoServerError historyLost() {
        return new MongoServerError(HISTORY_LOST, "ChangeStreamHistoryLost",
                "Resume of change stream was not possible, as the resume point may no longer be in the oplog.");
    }

    /** Forgets the cursors the client killed (kept here only for their positions). */
    void forget(List<Long> cursorIds) {
        cursorIds.forEach(cursors::remove);
    }

    /** The resume token after everything the cursor has returned, or null for a cursor not ours. */
    @Nullable Document postBatchResumeToken(long cursorId) {
        ChangeCursor cursor = cursors.get(cursorId);
        if (cursor == null) {
            return null;
        }
        return token(cursor.position);
    }

    private static Document token(long position) {
        return new Document("_data", String.format("%016x", position));
    }

    private record Entry(long position, String namespace, @Nullable Object id, byte operation) {
    }

    /** Up to {@code limit} entries of {@code namespace} after {@code position}, and the position reached. */
    private synchronized List<Entry> after(long position, String namespace, int limit, long[] reached) {
        if (position < horizon) {
            throw historyLost();
        }
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positions[(head + mid) % capacity] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Entry> found = new ArrayList<>(Math.min(limit, size - lo));
        boolean wholeDatabase = namespace.endsWith("." + WHOLE_DATABASE);
        String database = namespace.substring(0, namespace.indexOf('.') + 1);
        reached[0] = position;
        // a stream over other collections skips at most this many entries per batch
        int examined = 0;
        for (int i = lo; i < size && found.size() < limit && examined < 50 * MAX_BATCH; i++, examined++) {
            int slot = (head + i) % capacity;
            String ns = namespaces[slot];
            if (wholeDatabase ? ns.startsWith(database) : ns.equals(namespace)) {
                found.add(new Entry(positions[slot], ns, ids[slot], operations[slot]));
            }
            reached[0] = positions[slot];
        }
        if (lo == size) {
            reached[0] = Math.max(position, last);
        }
        return found;
    }

    private Document event(Entry e, boolean lookup) {
        int dot = e.namespace().indexOf('.');
        String db = e.namespace().substring(0, dot);
        String coll = e.namespace().substring(dot + 1);
        Document event = new Document("_id", token(e.position()))
                .append("operationType", switch (e.operation()) {
                    case INSERT -> "insert";
                    case UPDATE -> "update";
                    case DELETE -> "delete";
                    default -> "drop";
                })
                .append("clusterTime", new BsonTimestamp(e.position()))
                .append("ns", new Document("db", db).append("coll", coll));
        if (e.operation() == DROP) {
            return event;
        }
        event.append("documentKey", new Document("_id", e.id()));
        if (e.operation() == INSERT || (e.operation() == UPDATE && lookup)) {
            event.append("fullDocument", current(db, coll, e.id()));
        }
        return event;
    }

    private @Nullable Document current(String db, String coll, @Nullable Object id) {
        MongoCollection<?> collection = backend.resolveDatabase(db).resolveCollection(coll, false);
        if (collection == null) {
            return null;
        }
        for (Document d : collection.handleQuery(new Document("_id", id), 0, 1)) {
            return d;
        }
        return null;
    }

    /** A change stream's cursor: never exhausted, it answers each getMore with what is new. */
    private final class ChangeCursor extends AbstractCursor {
        private final String namespace;
        private final Aggregation aggregation;
        private final boolean lookup;
        private volatile long position;

        ChangeCursor(long id, String namespace, Aggregation aggregation, boolean lookup, long position) {
            super(id);
            this.namespace = namespace;
            this.aggregation = aggregation;
            this.lookup = lookup;
            this.position = position;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public List<Document> takeDocuments(int numberToReturn) {
            int limit = numberToReturn > 0 ? Math.min(numberToReturn, MAX_BATCH) : MAX_BATCH;
            long[] reached = new long[1];
            List<Entry> entries = after(position, namespace, limit, reached);
            List<Document> events = aggregation.runStages(entries.stream().map(e -> event(e, lookup)));
            position = reached[0];
            return events;
        }
    }
}
