package app.frontline.ingest;

import app.frontline.error.FieldError;
import app.frontline.ingest.ImportSummary.PendingReference;
import app.frontline.ingest.ImportSummary.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads records of the ingest format into the store: validated one by one by
 * {@link RecordValidator}, written in batches by {@link RecordWriter}. A bad record is reported and
 * skipped; it never stops the records around it. Every entry point (HTTP, command line, GraphQL)
 * comes through here.
 */
@Service
public class RecordImporter {

    /** The longest NDJSON line read; a longer one is rejected without being held in memory. */
    public static final int MAX_LINE_BYTES = 1024 * 1024;
    static final int BATCH_SIZE = 1_000;

    /** Exact numbers (scale kept), no trailing garbage, no duplicate keys. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    private final RecordValidator validator;
    private final MongoOperations mongo;
    private final List<StoredRecordsListener> listeners;
    private final ApplicationEventPublisher events;

    RecordImporter(RecordValidator validator, MongoOperations mongo, List<StoredRecordsListener> listeners,
            ApplicationEventPublisher events) {
        this.validator = validator;
        this.mongo = mongo;
        this.listeners = List.copyOf(listeners);
        this.events = events;
    }

    /**
     * Imports newline-delimited JSON, streaming: memory stays constant whatever the size. Blank
     * lines are skipped; every other line is one record, numbered from 1.
     *
     * @throws UncheckedIOException when the stream cannot be read (records before it are stored)
     */
    public ImportSummary importNdjson(InputStream in, ImportProgress progress) {
        Run run = new Run(progress);
        NdjsonLines lines = new NdjsonLines(in, MAX_LINE_BYTES);
        try {
            while (lines.next()) {
                if (lines.tooLong()) {
                    run.reject(lines.number(), null, null,
                            List.of(new FieldError("line", "is longer than " + lines.maxBytes() + " bytes")));
                } else if (!lines.blank()) {
                    JsonNode tree;
                    try {
                        tree = JSON.readTree(lines.bytes(), 0, lines.length());
                    } catch (JacksonException e) {
                        run.reject(lines.number(), null, null,
                                List.of(new FieldError("line", "is not valid JSON: " + e.getOriginalMessage())));
                        continue;
                    }
                    run.record(lines.number(), tree);
                }
                run.tick(lines.number());
            }
        } catch (IOException e) {
            run.finish(lines.number());
            throw new UncheckedIOException("could not read the input after line " + lines.number(), e);
        }
        return run.finish(lines.number());
    }

    /**
     * Imports records already parsed, e.g. from GraphQL inputs; each is validated exactly like an
     * NDJSON line. Rejections and pending references name the 1-based position in {@code records}.
     */
    public ImportSummary importRecords(Iterable<? extends JsonNode> records, ImportProgress progress) {
        Run run = new Run(progress);
        long position = 0;
        for (JsonNode record : records) {
            run.record(++position, record);
            run.tick(position);
        }
        return run.finish(position);
    }

    /** The state of one import. */
    private final class Run {

        private final ImportProgress progress;
        private final RecordWriter writer;
        private final List<Rejection> rejections = new ArrayList<>();
        private long rejectionsOmitted;
        private final Set<String> teamsSeen = new HashSet<>();
        /** Agent → team references whose team had not been seen in this import when read. */
        private final Map<Long, PendingReference> unresolved = new LinkedHashMap<>();
        private long accepted;
        private long rejected;
        private @Nullable Long lastRejectedLine;

        Run(ImportProgress progress) {
            this.progress = progress;
            this.writer = new RecordWriter(mongo, BATCH_SIZE, (record, reason) -> {
                accepted--;
                reject(record.line(), record.type().formatName(), record.id(), List.of(new FieldError("line", reason)));
            }, listeners, (type, stored) -> events.publishEvent(new RecordsImported(Set.of(type.collection()), (int) stored)));
        }

        void record(long line, JsonNode tree) {
            switch (validator.validate(tree)) {
                case Validation.Valid v -> {
                    accepted++;
                    if (v.type() == RecordType.TEAM) {
                        teamsSeen.add(v.id());
                    }
                    for (Validation.Reference ref : v.references()) {
                        if (ref.target() == RecordType.TEAM && !teamsSeen.contains(ref.id())) {
                            unresolved.put(line, new PendingReference(line, v.id(), ref.field(), ref.id()));
                        }
                    }
                    writer.add(new RecordWriter.Pending(line, v.type(), v.id(), v.document()));
                }
                case Validation.Invalid i -> reject(line, i.type(), i.id(), i.errors());
            }
        }

        void reject(long line, @Nullable String type, @Nullable String id, List<FieldError> errors) {
            if (lastRejectedLine == null || lastRejectedLine != line) {
                rejected++;
                lastRejectedLine = line;
            }
            for (FieldError e : errors) {
                if (rejections.size() < ImportSummary.MAX_LISTED) {
                    rejections.add(new Rejection(line, type, id, e.field(), e.reason()));
                } else {
                    rejectionsOmitted++;
                }
            }
        }

        void tick(long lines) {
            if (lines % BATCH_SIZE == 0) {
                progress.progress(lines, accepted, rejected);
            }
        }

        ImportSummary finish(long lines) {
            writer.flush();
            progress.progress(lines, accepted, rejected);
            List<PendingReference> pending = stillMissing();
            long pendingOmitted = Math.max(0, pending.size() - ImportSummary.MAX_LISTED);
            return new ImportSummary(writer.inserted() + writer.replaced(), writer.inserted(), writer.replaced(),
                    rejected, List.copyOf(rejections), rejectionsOmitted,
                    List.copyOf(pending.subList(0, pending.size() - (int) pendingOmitted)), pendingOmitted);
        }

        /** The unresolved references whose team is neither later in this import nor in the store. */
        private List<PendingReference> stillMissing() {
            Set<String> candidates = new HashSet<>();
            unresolved.values().forEach(p -> {
                if (!teamsSeen.contains(p.missingId())) {
                    candidates.add(p.missingId());
                }
            });
            if (candidates.isEmpty()) {
                return List.of();
            }
            Set<String> stored = new HashSet<>();
            Query query = Query.query(Criteria.where("_id").in(candidates));
            query.fields().include("_id");
            mongo.find(query, Document.class, RecordType.TEAM.collection()).forEach(d -> stored.add(d.getString("_id")));
            return unresolved.values().stream()
                    .filter(p -> candidates.contains(p.missingId()) && !stored.contains(p.missingId()))
                    .toList();
        }
    }
}
