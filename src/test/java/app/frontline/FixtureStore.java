package app.frontline;

import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.ImportSummary;
import app.frontline.ingest.RecordImporter;
import app.frontline.metric.KpiEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces the store's content with an NDJSON fixture from src/test/resources/fixtures, loaded
 * through the product's own importer, so tests exercise the stored layout users get.
 */
@Component
public class FixtureStore {

    private static final List<String> COLLECTIONS = List.of("teams", "agents", "logins", "conversations", "surveys",
            "orders");

    private final MongoTemplate mongo;
    private final RecordImporter importer;
    private final KpiEngine rollups;

    FixtureStore(MongoTemplate mongo, RecordImporter importer, KpiEngine rollups) {
        this.mongo = mongo;
        this.importer = importer;
        this.rollups = rollups;
    }

    public ImportSummary replaceWith(String... fixtures) {
        COLLECTIONS.forEach(c -> mongo.getCollection(c).deleteMany(new org.bson.Document()));
        // the store was emptied behind the importer's back: the rollups start again from it
        rollups.rebuild();
        ImportSummary last = null;
        for (String fixture : fixtures) {
            try (InputStream in = FixtureStore.class.getResourceAsStream("/fixtures/" + fixture)) {
                if (in == null) {
                    throw new IllegalArgumentException("no fixture " + fixture);
                }
                last = importer.importNdjson(in, ImportProgress.NONE);
                if (last.rejected() > 0) {
                    throw new IllegalStateException("fixture " + fixture + " has rejected lines: " + last.rejections());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return last;
    }
}
