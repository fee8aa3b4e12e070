package app.frontline.cadence;

import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.ImportSummary;
import app.frontline.ingest.RecordImporter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Conversations made up by count per day, as NDJSON through the product's importer. */
final class GeneratedConversations {

    private final StringBuilder ndjson = new StringBuilder();
    private int next;

    /** {@code count} conversations of a team on a day (UTC), from 09:00 a minute apart. */
    GeneratedConversations on(LocalDate day, String teamId, int count) {
        for (int i = 0; i < count; i++) {
            ndjson.append("{\"type\":\"conversation\",\"id\":\"g").append(next++).append("\",\"channel\":\"chat\",")
                    .append("\"teamId\":\"").append(teamId).append("\",\"createdAt\":\"")
                    .append(day.atTime(9, 0).plusMinutes(i)).append(":00Z\"}\n");
        }
        return this;
    }

    ImportSummary importInto(RecordImporter importer) {
        ImportSummary summary = importer.importNdjson(
                new ByteArrayInputStream(ndjson.toString().getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
        if (summary.rejected() > 0) {
            throw new IllegalStateException("rejected: " + summary.rejections());
        }
        return summary;
    }
}
