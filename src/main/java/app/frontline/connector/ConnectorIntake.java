package app.frontline.connector;

import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.ImportSummary;
import app.frontline.ingest.ImportSummary.Rejection;
import app.frontline.ingest.RecordImporter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** Payloads a backfill hands to the importer at once (one import per payload was ~40 a second). */
    static final int BATCH_PAYLOADS = 500;

    private final RecordImporter importer;
    private final DeadLetters deadLetters;

    ConnectorIntake(RecordImporter importer, DeadLetters deadLetters) {
        this.importer = importer;
        this.deadLetters = deadLetters;
    }

    /** Where the records of one payload go: straight into the store, or into a backfill's batch. */
    public interface Sink {

        /** Stores (or queues) the ingest-format records mapped from one payload. */
        WebhookOutcome store(String source, String topic, @Nullable String reference, List<ObjectNode> records,
                byte[] payload);
    }

    /** Stores at once: a webhook's answer says whether its records were accepted. */
    public Sink now() {
        return this::storeNow;
    }

    private WebhookOutcome storeNow(String source, String topic, @Nullable String reference, List<ObjectNode> records,
            byte[] payload) {
        ImportSummary summary = importer.importRecords(records, ImportProgress.NONE);
        if (summary.rejected() > 0) {
            deadLetters.add(source, topic, reference, reasons(summary.rejections()), payload);
            return WebhookOutcome.deadLetter(summary.rejections().getFirst().reason());
        }
        return WebhookOutcome.stored(records.getFirst().get("id").asString());
    }

    /** A payload that could not be mapped at all. */
    public void reject(String source, String topic, @Nullable String reference, String reason, byte[] payload) {
        deadLetters.add(source, topic, reference, reason, payload);
    }

    /** A backfill's sink: payloads are imported {@value #BATCH_PAYLOADS} at a time; call {@link Batch#finish}. */
    public Batch batch() {
        return new Batch();
    }

    /** Payloads queued for one import; a payload whose records are refused becomes a dead letter. */
    public final class Batch implements Sink {

        private record Queued(String source, String topic, @Nullable String reference, byte[] payload, int from, int to) {
        }

        private final List<ObjectNode> records = new ArrayList<>();
        private final List<Queued> queued = new ArrayList<>();
        private long refused;

        @Override
        public WebhookOutcome store(String source, String topic, @Nullable String reference, List<ObjectNode> mapped,
                byte[] payload) {
            queued.add(new Queued(source, topic, reference, payload, records.size(), records.size() + mapped.size()));
            records.addAll(mapped);
            if (queued.size() >= BATCH_PAYLOADS) {
                flush();
            }
            return WebhookOutcome.stored(mapped.getFirst().get("id").asString());
        }

        /** Imports what is queued; returns how many payloads (reported stored) were refused in all. */
        public long finish() {
            flush();
            return refused;
        }

        private void flush() {
            if (queued.isEmpty()) {
                return;
            }
            ImportSummary summary = importer.importRecords(records, ImportProgress.NONE);
            Set<Queued> dead = new HashSet<>();
            for (Queued q : queued) {
                // rejections name the 1-based position of the record among those imported
                List<Rejection> mine = summary.rejections().stream()
                        .filter(r -> r.line() > q.from() && r.line() <= q.to()).toList();
                if (!mine.isEmpty() && dead.add(q)) {
                    deadLetters.add(q.source(), q.topic(), q.reference(), reasons(mine), q.payload());
                }
            }
            refused += dead.size();
            records.clear();
            queued.clear();
        }
    }

    private static String reasons(List<Rejection> rejections) {
        return rejections.stream().map(r -> r.type() + " " + r.id() + ": " + r.field() + " " + r.reason())
                .collect(Collectors.joining("; "));
    }
}
