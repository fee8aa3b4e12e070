package app.frontline.connector;

import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.ImportSummary;
import app.frontline.ingest.RecordImporter;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where mapped records enter the store: through the same {@link RecordImporter} as NDJSON
 * (validation, upsert by id, the KPI engine kept current), with a refused record's reasons kept as a
 * dead letter together with the payload it came from.
 */
@Service
public class ConnectorIntake {

    private final RecordImporter importer;
    private final DeadLetters deadLetters;

    ConnectorIntake(RecordImporter importer, DeadLetters deadLetters) {
        this.importer = importer;
        this.deadLetters = deadLetters;
    }

    /**
     * Stores ingest-format records mapped from one payload.
     *
     * @return the importer's summary (rejections are also dead letters by then)
     */
    public ImportSummary store(String source, String topic, @Nullable String reference, List<ObjectNode> records,
            byte[] payload) {
        ImportSummary summary = importer.importRecords(records, ImportProgress.NONE);
        if (summary.rejected() > 0) {
            deadLetters.add(source, topic, reference, summary.rejections().stream()
                    .map(r -> r.type() + " " + r.id() + ": " + r.field() + " " + r.reason())
                    .collect(Collectors.joining("; ")), payload);
        }
        return summary;
    }

    /** A payload that could not be mapped at all. */
    public void reject(String source, String topic, @Nullable String reference, String reason, byte[] payload) {
        deadLetters.add(source, topic, reference, reason, payload);
    }
}
