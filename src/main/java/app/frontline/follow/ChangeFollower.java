package app.frontline.follow;

import app.frontline.ingest.StoredRecordsListener;
import app.frontline.metric.KpiEngine;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.FullDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonDocument;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Follows the store's change stream and hands every change to the {@link StoredRecordsListener}s,
 * as the importer does with its own writes: so what another instance or a tool (mongoimport,
 * mongosh) writes reaches this instance's numbers too, a few tens of milliseconds later.
 *
 * <p>The stream is opened when the application starts, before the first rollup build reads the
 * store: a write is either in that read or comes through the stream (maybe both: a listener takes
 * a document again as a replace). The follower remembers the position of the last change it
 * delivered; after a lost connection it resumes from there, and {@link #restart} resumes from a
 * position saved with a snapshot. When the store no longer has that position (its history was
 * trimmed or it restarted), changes were missed: the follower starts again from now and asks for a
 * rebuild from the store.
 */
@Component
@ConditionalOnWebApplication
@EnableConfigurationProperties(FollowProperties.class)
public class ChangeFollower implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);
    /** ChangeStreamHistoryLost, ChangeStreamFatalError, CappedPositionLost, InvalidResumeToken. */
    private static final Set<Integer> POSITION_GONE = Set.of(286, 280, 136, 260);
    /** The store cannot stream changes at all: a standalone MongoDB (not a replica set). */
    private static final Set<Integer> UNSUPPORTED = Set.of(40573, 40324, 303);

    private final MongoConnectionDetails connection;
    private final String database;
    private final FollowProperties properties;
    private final ObjectProvider<StoredRecordsListener> listenerBeans;
    private final LocalWrites localWrites;
    private final ObjectProvider<KpiEngine> rollups;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong rebuilds = new AtomicLong();
    private volatile @Nullable BsonDocument position;
    private volatile boolean running;
    private @Nullable Thread thread;
    private @Nullable MongoChangeStreamCursor<ChangeStreamDocument<Document>> opened;
    private @Nullable List<StoredRecordsListener> listeners;

    private final Object clientLock = new Object();
    private @Nullable MongoClient client;

    ChangeFollower(MongoConnectionDetails connection, MongoTemplate mongo, FollowProperties properties,
            ObjectProvider<StoredRecordsListener> listeners, LocalWrites localWrites, ObjectProvider<KpiEngine> rollups) {
        this.connection = connection;
        this.database = mongo.getDb().getName();
        this.properties = properties;
        this.listenerBeans = listeners;
        this.localWrites = localWrites;
        this.rollups = rollups;
    }

    /** The position up to which every change has been delivered, once one is known. */
    public Optional<ChangePosition> position() {
        BsonDocument at = position;
        return at == null ? Optional.empty() : Optional.of(ChangePosition.of(at));
    }

    /**
     * Follows again from {@code from} (null: from now), e.g. after state as of {@code from} was
     * restored from a snapshot. If the store no longer has that position, a rebuild follows.
     */
    public synchronized void restart(@Nullable ChangePosition from) {
        stop();
        position = from == null ? null : from.resumeToken();
        start();
    }

    @Override
    public synchronized void start() {
        if (running || !properties.enabled()) {
            return;
        }
        if (listeners == null) {
            // the importer's listeners; this one's own bookkeeping is not told what it just found
            listeners = listenerBeans.orderedStream().filter(l -> l != localWrites).toList();
        }
        try {
            opened = openOrRebuild();
        } catch (MongoException e) {
            if (UNSUPPORTED.contains(e.getCode())) {
                log.warn("The store cannot stream its changes ({}): this instance sees only its own imports. Use a"
                        + " replica set (a single-member one will do) to run several instances.", e.getMessage());
                return;
            }
            log.warn("Could not follow the store's changes yet, retrying: {}", e.getMessage());
        }
        running = true;
        Thread follower = Thread.ofPlatform().name("change-follower").daemon().unstarted(this::follow);
        thread = follower;
        follower.start();
    }

    @Override
    public void stop() {
        Thread follower;
        synchronized (this) {
            running = false;
            follower = thread;
            thread = null;
        }
        if (follower != null) {
            follower.interrupt();
            try {
                follower.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    long delivered() {
        return delivered.get();
    }

    long rebuilds() {
        return rebuilds.get();
    }

    long echoesSkipped() {
        return localWrites.skipped();
    }

    private void follow() {
        while (running) {
            MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = opened;
            opened = null;
            try {
                if (cursor == null) {
                    cursor = openOrRebuild();
                }
                try (var c = cursor) {
                    pump(c);
                }
            } catch (MongoException e) {
                if (!running) {
                    return;
                }
                if (POSITION_GONE.contains(e.getCode())) {
                    log.warn("The store no longer has the changes after this instance's position ({}): rebuilding",
                            e.getMessage());
                    position = null;
                    continue;
                }
                log.warn("Following the store's changes failed, retrying in {}: {}", properties.retry(), e.getMessage());
                pause(properties.retry());
            } catch (RuntimeException e) {
                // a listener failed: keep the position (the batch comes again), do not spin
                log.error("Delivering the store's changes failed, retrying in {}", properties.retry(), e);
                pause(properties.retry());
            }
        }
    }

    /** Reads batches until stopped; each is delivered before the position moves past it. */
    private void pump(MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor) {
        while (running) {
            ChangeStreamDocument<Document> first = cursor.tryNext();
            if (first == null) {
                advance(cursor);
                pause(properties.idle());
                continue;
            }
            List<ChangeStreamDocument<Document>> batch = new ArrayList<>();
            batch.add(first);
            while (cursor.available() > 0) {
                ChangeStreamDocument<Document> next = cursor.tryNext();
                if (next == null) {
                    break;
                }
                batch.add(next);
            }
            if (new Delivery(db(), properties.collections(), localWrites).deliver(batch, listeners())) {
                requestRebuild("a followed collection was dropped or renamed");
            }
            delivered.addAndGet(batch.size());
            advance(cursor);
        }
    }

    private void advance(MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor) {
        BsonDocument token = cursor.getResumeToken();
        if (token != null) {
            position = token;
        }
    }

    /** Opens the stream at the position; if the store no longer has it, from now, then rebuilds. */
    private MongoChangeStreamCursor<ChangeStreamDocument<Document>> openOrRebuild() {
        BsonDocument from = position;
        if (from != null) {
            try {
                return open(from);
            } catch (MongoException e) {
                if (!POSITION_GONE.contains(e.getCode())) {
                    throw e;
                }
                log.warn("The store no longer has this instance's position ({}): rebuilding", e.getMessage());
            }
        }
        var cursor = open(null);
        advance(cursor);
        if (from != null) {
            // after the stream is open: what is written from now on comes through it
            requestRebuild("the store's history no longer reaches this instance's position");
        }
        return cursor;
    }

    private MongoChangeStreamCursor<ChangeStreamDocument<Document>> open(@Nullable BsonDocument from) {
        var stream = db()
                .watch(List.of(Aggregates.match(Filters.in("ns.coll", properties.collections()))), Document.class)
                .fullDocument(FullDocument.UPDATE_LOOKUP)
                .batchSize(properties.batchSize())
                .maxAwaitTime(properties.idle().toMillis(), TimeUnit.MILLISECONDS);
        return (from == null ? stream : stream.resumeAfter(from)).cursor();
    }

    /**
     * The follower's own client: its long-polling reads do not hold the application's pooled
     * connections, and they stay out of the application's command metrics.
     */
    private MongoDatabase db() {
        // not the monitor of this: stop() and restart() hold that while they wait for the thread
        synchronized (clientLock) {
            MongoClient c = client;
            if (c == null) {
                c = MongoClients.create(MongoClientSettings.builder()
                        .applyConnectionString(connection.getConnectionString())
                        .applicationName("frontline-follower")
                        .build());
                client = c;
            }
            return c.getDatabase(database);
        }
    }

    @Override
    public void destroy() {
        stop();
        synchronized (clientLock) {
            if (client != null) {
                client.close();
                client = null;
            }
        }
    }

    private void requestRebuild(String why) {
        rebuilds.incrementAndGet();
        log.info("Rebuilding the rollups from the store: {}", why);
        KpiEngine r = rollups.getIfAvailable();
        if (r != null) {
            r.rebuildInBackground();
        }
    }

    private List<StoredRecordsListener> listeners() {
        List<StoredRecordsListener> l = listeners;
        return l == null ? List.of() : l;
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
