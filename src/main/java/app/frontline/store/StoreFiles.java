package app.frontline.store;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The embedded store's files, for whoever keeps derived state beside them (the KPI engine's
 * snapshot): where they are, and a position that changes with every write to them, so derived state
 * saved at one position is known to be current when the store opens at the same position. Only the
 * durable embedded store has one.
 */
public interface StoreFiles {

    /** The data folder. */
    Path dataDir();

    /** The position the files had when this process opened them, before anything was replayed or written. */
    String positionAtOpen();

    /** The position now (every acknowledged write moves it). */
    String position();

    /** Called with the final position when the store closes. */
    void afterClose(Consumer<String> finalPosition);
}
