package app.frontline.metric.store;

import app.frontline.ingest.StoredRecordsListener;
import app.frontline.metric.KpiEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * The store's facts in memory, current: built from MongoDB at start-up (in the background;
 * imports meanwhile are queued and applied after the scan, so none is lost), then kept current by
 * every import and every change the store's change stream reports, before the import answers.
 * Readers and writers share one read-write lock: a request reads a consistent store.
 */
@Component
public class LiveFacts implements StoredRecordsListener, KpiEngine, org.springframework.context.SmartLifecycle {

    /** The collections the facts come from, the small directory ones first. */
    public static final List<String> COLLECTIONS = List.of("teams", "agents", "conversations", "surveys", "orders",
            "logins");
    private static final Logger log = LoggerFactory.getLogger(LiveFacts.class);
    private static final int CHUNK = 5_000;

    enum State { EMPTY, BUILDING, READY }

    private final MongoTemplate mongo;
    private final org.springframework.beans.factory.ObjectProvider<app.frontline.store.StoreFiles> files;
    private volatile boolean running;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private FactStore store = new FactStore();
    private final List<Runnable> queued = new ArrayList<>();
    private volatile State state = State.EMPTY;
    private volatile long done;
    private volatile long total;
    private volatile @Nullable Instant builtAt;
    private volatile @Nullable Duration took;
    private volatile boolean fromSnapshot;
    private volatile @Nullable CompletableFuture<Status> building;

    /** Whether this application answers queries (a web application), so changes before the first build are kept. */
    private final boolean serving;

    LiveFacts(MongoTemplate mongo, org.springframework.beans.factory.ObjectProvider<app.frontline.store.StoreFiles> files,
            org.springframework.context.ApplicationContext context) {
        this.mongo = mongo;
        this.files = files;
        this.serving = context instanceof WebApplicationContext;
    }

    /** Reads the store under the read lock. */
    public <T> T read(Function<FactStore, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(store);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Changes the store under the write lock (the snapshot's restore, a test's reset). */
    public void write(java.util.function.Consumer<FactStore> writer) {
        lock.writeLock().lock();
        try {
            writer.accept(store);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean ready() {
        return state == State.READY;
    }

    @Override
    public Status status() {
        long[] size = read(s -> new long[] {s.records(), s.bytes()});
        return new Status(state.name(), done, total, builtAt, took == null ? null : took.toMillis(), size[0], size[1],
                fromSnapshot);
    }

    @Override
    public void stored(String collection, List<Document> documents) {
        if (!COLLECTIONS.contains(collection)) {
            return;
        }
        change(() -> documents.forEach(d -> store.apply(collection, d)));
    }

    /** A change stream's report may be older than the store: the records' current state is applied. */
    @Override
    public void followed(String collection, List<Document> documents) {
        removed(collection, documents.stream().map(d -> d.get("_id")).toList());
    }

    /**
     * Records another writer changed or deleted: their state as the store holds it now, read and
     * applied under the write lock. A late report can then never take back a newer version (the
     * importer writes to the store first, then waits for this lock to apply its own version, so
     * whatever the store holds now is applied here or right after, and is the newest).
     */
    @Override
    public void removed(String collection, List<Object> ids) {
        if (!COLLECTIONS.contains(collection) || ids.isEmpty()) {
            return;
        }
        change(() -> {
            java.util.Set<Object> present = new java.util.HashSet<>();
            for (Document current : mongo.getCollection(collection).find(new Document("_id", new Document("$in", ids)))) {
                present.add(current.get("_id"));
                store.apply(collection, current);
            }
            ids.stream().filter(id -> !present.contains(id)).forEach(id -> store.remove(collection, id));
        });
    }

    private void change(Runnable change) {
        lock.writeLock().lock();
        try {
            if (state == State.READY) {
                change.run();
            } else if (state == State.BUILDING || serving) {
                // applied once the facts are built or restored (a build reads them from the store as well:
                // applying one again is an upsert of the same version, which changes nothing); a
                // command-line run answers no queries and keeps nothing
                queued.add(change);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Reads every record of the store again into a new store; changes meanwhile are queued and
     * applied after the scan. Queries keep the old facts (or the raw path) until the new ones are ready.
     */
    @Override
    public synchronized Status rebuild() {
        long began = System.nanoTime();
        lock.writeLock().lock();
        try {
            state = State.BUILDING;
            done = 0;
            total = COLLECTIONS.stream().mapToLong(c -> mongo.getCollection(c).estimatedDocumentCount()).sum();
        } finally {
            lock.writeLock().unlock();
        }
        log.info("KPI facts: building from {} records", String.format("%,d", total));
        FactStore next = load(mongo, n -> {
            long before = done;
            done = n;
            if (n / 250_000 > before / 250_000) {
                log.info("KPI facts: {} of {} records", String.format("%,d", n), String.format("%,d", total));
            }
        });
        lock.writeLock().lock();
        try {
            FactStore previous = store;
            store = next;
            // the queued changes were meant for the new store; the old one is dropped
            queued.forEach(Runnable::run);
            queued.clear();
            store.versions.all();
            if (previous.versions.current() >= store.versions.current()) {
                // versions only grow, so results cached against the old store are never taken for current
                store.versions.advanceTo(previous.versions.current() + 1);
            }
            state = State.READY;
            fromSnapshot = false;
            builtAt = Instant.now();
            took = Duration.ofNanos(System.nanoTime() - began);
        } finally {
            lock.writeLock().unlock();
        }
        log.info("KPI facts: ready, {} records in {} ms", String.format("%,d", done), took.toMillis());
        return status();
    }

    @Override
    public synchronized Status rebuildInBackground() {
        CompletableFuture<Status> running = building;
        if (running == null || running.isDone()) {
            building = CompletableFuture.supplyAsync(this::rebuild,
                    task -> Thread.ofPlatform().name("kpi-facts-build").daemon().start(task));
        }
        return status();
    }

    /**
     * In the web application only (a command-line import has no queries to answer): the snapshot
     * beside the embedded store when it is of the store as it opened, otherwise a build.
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildOnStart(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebApplicationContext)) {
            return;
        }
        app.frontline.store.StoreFiles store = files.getIfAvailable();
        // current if the store opened as the snapshot left it; what was imported since is queued
        java.util.Optional<FactStore> saved = store == null ? java.util.Optional.empty()
                : FactsSnapshot.read(store.dataDir(), store.positionAtOpen());
        if (saved.isPresent()) {
            long began = System.nanoTime();
            lock.writeLock().lock();
            try {
                this.store = saved.get();
                fromSnapshot = true;
                queued.forEach(Runnable::run);
                queued.clear();
                state = State.READY;
                builtAt = Instant.now();
                took = Duration.ofNanos(System.nanoTime() - began);
            } finally {
                lock.writeLock().unlock();
            }
        } else {
            rebuildInBackground();
        }
    }

    // ------------------------------------------------------------------ the snapshot when the application stops

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the web server (a lower phase stops later): no request writes any more. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public void stop() {
        running = false;
        app.frontline.store.StoreFiles store = files.getIfAvailable();
        if (store == null || state != State.READY) {
            return;
        }
        lock.writeLock().lock();
        try {
            this.store.compact();
            String position = store.position();
            FactsSnapshot.write(store.dataDir(), this.store, position);
            // a write after this moment (another instance through the shared port) makes it stale
            store.afterClose(last -> {
                if (!last.equals(position)) {
                    log.info("KPI facts: the store was written after the snapshot ({} → {}); snapshot dropped",
                            position, last);
                    FactsSnapshot.delete(store.dataDir().resolve(FactsSnapshot.FILE));
                }
            });
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("KPI facts: no snapshot written ({}); the next start builds from the store", e.toString());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A new store with every record of MongoDB: what the build reads, and the raw path's answer. */
    public static FactStore load(MongoTemplate mongo, java.util.function.LongConsumer progress) {
        FactStore fresh = new FactStore();
        long n = 0;
        for (String collection : COLLECTIONS) {
            for (Document d : mongo.getCollection(collection).find().batchSize(CHUNK)) {
                fresh.apply(collection, d);
                if (++n % CHUNK == 0) {
                    progress.accept(n);
                }
            }
        }
        progress.accept(n);
        fresh.compact();
        return fresh;
    }
}
