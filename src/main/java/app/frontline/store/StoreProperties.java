package app.frontline.store;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store, used when {@code spring.mongodb.uri} is not set.
 *
 * @param dataDir where the embedded store keeps its snapshot and journal
 * @param durable false keeps everything in memory only (tests, throw-away runs)
 * @param fsync false skips forcing each write to disk (faster bulk loads; a power cut may then
 *     lose the last acknowledged writes, a process crash does not)
 * @param listen {@code host:port} where other instances and tools (mongosh, mongoimport) reach the
 *     store, e.g. {@code 127.0.0.1:27018}; unset, it listens on 127.0.0.1 and a free port that only
 *     this process knows. Anyone who can connect can read and write everything: no authentication
 * @param oplog how much change history the store keeps for change streams
 */
@ConfigurationProperties("frontline.store")
record StoreProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean durable,
        @DefaultValue("true") boolean fsync, @Nullable String listen, @DefaultValue Oplog oplog) {

    /**
     * @param retention changes older than this are dropped: an instance away for longer rebuilds
     *     from the store instead of catching up
     * @param maxEntries at most this many changes are kept (about 40 bytes each, plus the ids of
     *     deleted records); the oldest go first
     */
    record Oplog(@DefaultValue("10m") Duration retention, @DefaultValue("1000000") int maxEntries) {
    }

    /** The host and port of {@link #listen}, or 127.0.0.1 and 0 (any free port). */
    java.net.InetSocketAddress listenAddress() {
        if (listen == null || listen.isBlank()) {
            return new java.net.InetSocketAddress("127.0.0.1", 0);
        }
        int colon = listen.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("frontline.store.listen must be host:port, e.g. 127.0.0.1:27018, not '"
                    + listen + "'");
        }
        return new java.net.InetSocketAddress(listen.substring(0, colon), Integer.parseInt(listen.substring(colon + 1)));
    }
}
