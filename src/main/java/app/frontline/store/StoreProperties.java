package app.frontline.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store, used when {@code spring.mongodb.uri} is not set.
 *
 * @param dataDir where the embedded store keeps its snapshot and journal
 * @param durable false keeps everything in memory only (tests, throw-away runs)
 * @param fsync false skips forcing each write to disk (faster bulk loads; a power cut may then
 *     lose the last acknowledged writes, a process crash does not)
 */
@ConfigurationProperties("frontline.store")
record StoreProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean durable,
        @DefaultValue("true") boolean fsync) {
}
