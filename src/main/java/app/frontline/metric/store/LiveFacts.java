package app.frontline.metric.store;

import app.frontline.ingest.StoredRecordsListener;
import app.frontline.metric.KpiEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
public class LiveFacts implements StoredRecordsListener, KpiEngine {

    /** The collections the facts come from, the small directory ones first. */
    public static final List<String> COLLECTIONS = List.of("teams", "agents", "conversations", "surveys", "orders",
            "logins");
    private static final Logger log = LoggerFactory.getLogger(LiveFacts.class);
    private static final int CHUNK = 5_000;

    enum State { EMPTY, BUILDING, READY }

    private final MongoTemplate mongo;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private FactStore store = new FactStore();
    private final List<Runnable> queued = new ArrayList<>();
    private volatile State state = State.EMPTY;
    private volatile long done;
    private volatile long total;
    private volatile @Nullable Instant builtAt;
    private volatile @Nullable Duration took;
    private volatile @Nullable CompletableFuture<Status> building;

    LiveFacts(MongoTemplate mongo) {
        this.mongo = mongo;
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
        return new Status(state.name(), done, total, builtAt, took == null ? null : took.toMillis(), size[0], size[1]);
    }

    @Override
    public void stored(String collection, List<Document> documents) {
        if (!COLLECTIONS.contains(collection)) {
            return;
        }
        change(() -> documents.forEach(d -> store.apply(collection, d)));
    }

    @Override
    public void removed(String collection, List<Object> ids) {
        if (!COLLECTIONS.contains(collection)) {
            return;
        }
        change(() -> ids.forEach(id -> store.remove(collection, id)));
    }

    private void change(Runnable change) {
        lock.writeLock().lock();
        try {
            if (state == State.BUILDING) {
                queued.add(change);
            } else if (state == State.READY) {
                // before the first build nothing is kept: the build reads these from the store
                change.run();
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
            queued.clear();
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

    /** In the web application only: a command-line import has no queries to answer. */
    @EventListener(ApplicationReadyEvent.class)
    void buildOnStart(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebApplicationContext) {
            rebuildInBackground();
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

    Map<String, Long> sizes() {
        return read(s -> Map.of("records", s.records(), "bytes", s.bytes()));
    }
}
