package app.frontline.metric;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.context.WebApplicationContext;

/**
 * The in-memory facts and hourly rollups that answer KPI queries: built from the store when the
 * application starts, kept current by every import, rebuilt on demand (after records were written
 * to MongoDB by something other than Frontline's importer, or after a metric definition changed).
 * Until a build is done, queries read the store directly (the raw path): slower, same numbers.
 */
@Service
public class Rollups {

    /** Where the rollups stand: state EMPTY, BUILDING or READY; records read of the estimated total. */
    public record Status(String state, long recordsDone, long recordsTotal, @Nullable Instant builtAt,
            @Nullable Long buildMillis) {
    }

    private final FactIndex index;
    private volatile @Nullable CompletableFuture<Status> building;

    Rollups(FactIndex index) {
        this.index = index;
    }

    public Status status() {
        return index.status();
    }

    /** Rebuilds now, on the caller's thread, and returns when the rollups are ready. */
    public Status rebuild() {
        index.rebuild();
        return index.status();
    }

    /** Starts a rebuild in the background (unless one is running) and returns at once. */
    public synchronized Status rebuildInBackground() {
        CompletableFuture<Status> running = building;
        if (running == null || running.isDone()) {
            building = CompletableFuture.supplyAsync(this::rebuild,
                    task -> Thread.ofPlatform().name("rollup-build").daemon().start(task));
        }
        return index.status();
    }

    /** In the web application only: a command-line import has no queries to answer. */
    @EventListener(ApplicationReadyEvent.class)
    void buildOnStart(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebApplicationContext) {
            rebuildInBackground();
        }
    }
}
