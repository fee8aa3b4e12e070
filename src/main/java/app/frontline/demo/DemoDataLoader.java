package app.frontline.demo;

import app.frontline.ingest.ImportSummary;
import app.frontline.ingest.RecordImporter;
import app.frontline.period.Periods;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills an empty store with the demo data on start, so one command shows a working product. On by
 * default for the embedded store, off with {@code spring.mongodb.uri} ({@link DemoProperties}). A store
 * holding any team, conversation or order is never touched.
 */
@Component
@ConditionalOnWebApplication
@EnableConfigurationProperties(DemoProperties.class)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final RecordImporter importer;
    private final MongoTemplate mongo;
    private final Periods periods;
    private final boolean enabled;
    private final long size;
    private final ApplicationEventPublisher events;

    DemoDataLoader(RecordImporter importer, MongoTemplate mongo, Periods periods, Environment environment,
            DemoProperties properties, ApplicationEventPublisher events) {
        this.events = events;
        this.importer = importer;
        this.mongo = mongo;
        this.periods = periods;
        this.enabled = properties.enabled() != null ? properties.enabled()
                : !environment.containsProperty("spring.mongodb.uri");
        this.size = properties.size();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        if (List.of("teams", "conversations", "orders").stream().anyMatch(c -> mongo.getCollection(c)
                .estimatedDocumentCount() > 0)) {
            log.info("The store already holds data: demo data not loaded");
            return;
        }
        DemoOptions options = DemoOptions.defaults(periods.today(periods.storeZone()))
                .withSize(size).withStoreZone(periods.storeZone());
        log.info("Empty store: generating demo data ({} conversations and orders over {} days up to {})",
                options.conversations(), options.days(), options.lastDay());
        Path file = Files.createTempFile("frontline-demo-", ".ndjson");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                new DemoDataGenerator(options).generate(out);
            }
            long started = System.nanoTime();
            long[] lastLog = {started};
            ImportSummary summary;
            try (InputStream in = Files.newInputStream(file)) {
                summary = importer.importNdjson(in, (lines, accepted, rejected) -> {
                    long now = System.nanoTime();
                    if (now - lastLog[0] > 2_000_000_000L) {
                        lastLog[0] = now;
                        log.info("Loading demo data: {} records stored", accepted);
                    }
                });
            }
            log.info("Demo data ready: {} records in {} s ({} rejected)", summary.accepted(),
                    (System.nanoTime() - started) / 1_000_000_000, summary.rejected());
            events.publishEvent(new DemoDataLoaded(summary.accepted()));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
