package app.frontline.metric;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory facts that answer KPI queries: built from the store when the application starts
 * (or restored from the snapshot beside the store), kept current by every import and by the
 * store's change stream, rebuilt on demand. Until the first build is done, queries read the store
 * directly (the raw path): slower, same numbers.
 */
public interface KpiEngine {

    /**
     * Where the facts stand: state EMPTY, BUILDING or READY; records read of the estimated total;
     * the live records held and the bytes their columns take; whether they were restored from the
     * snapshot written when the application last stopped (instead of built from the store).
     */
    record Status(String state, long recordsDone, long recordsTotal, @Nullable Instant builtAt,
            @Nullable Long buildMillis, long records, long bytes, boolean fromSnapshot) {
    }

    Status status();

    boolean ready();

    /** Rebuilds now, on the caller's thread, and returns when the facts are ready. */
    Status rebuild();

    /** Starts a rebuild in the background (unless one is running) and returns at once. */
    Status rebuildInBackground();
}
