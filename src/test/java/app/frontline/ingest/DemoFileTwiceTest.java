package app.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.demo.DemoDataGenerator;
import app.frontline.demo.DemoOptions;
import app.frontline.demo.DemoSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The demo file loaded twice gives the same counts and the same documents as loaded once. */
class DemoFileTwiceTest extends IngestTestSupport {

    @Test
    void theDemoFileTwiceEqualsOnce() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DemoSummary written = new DemoDataGenerator(DemoOptions.defaults(LocalDate.of(2026, 11, 22)).withSize(3000))
                .generate(file);

        ImportSummary first = load(file);
        Map<String, Long> countsOnce = counts();
        Map<String, List<Document>> once = documents();
        ImportSummary second = load(file);

        // every generated record is valid and stored once
        assertThat(first.rejected()).isZero();
        assertThat(first.accepted()).isEqualTo(written.total());
        assertThat(first.inserted()).isEqualTo(written.total());
        assertThat(countsOnce).containsEntry("conversations", written.conversations())
                .containsEntry("orders", written.orders()).containsEntry("surveys", written.surveys());
        // the second load replaces every record and changes nothing
        assertThat(second.accepted()).isEqualTo(first.accepted());
        assertThat(second.inserted()).isZero();
        assertThat(second.replaced()).isEqualTo(first.accepted());
        assertThat(counts()).isEqualTo(countsOnce);
        assertThat(documents()).isEqualTo(once);
    }

    private ImportSummary load(ByteArrayOutputStream file) {
        return importer.importNdjson(new ByteArrayInputStream(file.toByteArray()), ImportProgress.NONE);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        COLLECTIONS.forEach(c -> counts.put(c, mongo.getCollection(c).countDocuments()));
        return counts;
    }

    private Map<String, List<Document>> documents() {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        COLLECTIONS.forEach(c -> all.put(c, mongo.getCollection(c).find().sort(new Document("_id", 1))
                .into(new java.util.ArrayList<>())));
        return all;
    }
}
