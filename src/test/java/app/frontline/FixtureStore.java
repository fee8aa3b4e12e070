package app.frontline;

import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.ImportSummary;
import app.frontline.ingest.RecordImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Test data through the product's own loader: empties every collection and imports an NDJSON file
 * from src/test/resources/fixtures/ with {@link RecordImporter}, failing on any rejected line so a
 * typo in a fixture cannot silently change a test's numbers.
 */
@Component
public class FixtureStore {

    private static final List<String> COLLECTIONS =
            List.of("teams", "agents", "logins", "conversations", "surveys", "orders");

    private final RecordImporter importer;
    private final MongoTemplate mongo;

    FixtureStore(RecordImporter importer, MongoTemplate mongo) {
        this.importer = importer;
        this.mongo = mongo;
    }

    /** Replaces the store's content with the records of {@code fixtures/<name>}. */
    public ImportSummary replaceWith(String name) {
        COLLECTIONS.forEach(c -> mongo.remove(new Query(), c));
        try (InputStream in = new ClassPathResource("fixtures/" + name).getInputStream()) {
            ImportSummary summary = importer.importNdjson(in, ImportProgress.NONE);
            if (summary.rejected() > 0) {
                throw new IllegalStateException("fixture " + name + " has rejected records: " + summary);
            }
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
