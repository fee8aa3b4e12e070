package app.frontline.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One application context for every ingest test (same annotations, so Spring caches it), on the
 * embedded store, with the collections emptied before each test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.org.atmosphere=WARN", "logging.level.com.vaadin=WARN"})
abstract class IngestTestSupport {

    static final List<String> COLLECTIONS = List.of("teams", "agents", "logins", "conversations", "surveys", "orders");

    @Autowired
    RecordImporter importer;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void emptyStore() {
        COLLECTIONS.forEach(c -> mongo.remove(new Query(), c));
    }

    ImportSummary importLines(String... lines) {
        return importText(String.join("\n", lines) + "\n");
    }

    ImportSummary importText(String text) {
        return importer.importNdjson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE);
    }

    Document stored(String collection, String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, collection);
    }

    List<String> ids(String collection) {
        return mongo.findAll(Document.class, collection).stream().map(d -> d.getString("_id")).sorted().toList();
    }
}
