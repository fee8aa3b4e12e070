package app.frontline.ingest;

import java.util.List;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/** The GraphQL result of {@code importRecords}: counts, and bad records as data. */
record ImportPayload(long accepted, long inserted, long replaced, long rejected, List<RecordError> errors,
        long errorsOmitted, List<Pending> pending) {

    /** One broken rule of a refused record, located by its input list and position there. */
    record RecordError(String type, int index, @Nullable String id, String field, String reason) {
    }

    /** A stored record whose reference names a record not loaded yet. */
    record Pending(String type, int index, String id, String field, String missingId) {
    }

    static ImportPayload of(ImportSummary summary, LongFunction<ImportGraphQlController.Origin> origin) {
        List<RecordError> errors = summary.rejections().stream().map(r -> {
            var o = origin.apply(r.line());
            return new RecordError(o.type(), o.index(), r.id(), r.field(), r.reason());
        }).toList();
        List<Pending> pending = summary.pending().stream().map(p -> {
            var o = origin.apply(p.line());
            return new Pending(o.type(), o.index(), p.id(), p.field(), p.missingId());
        }).toList();
        return new ImportPayload(summary.accepted(), summary.inserted(), summary.replaced(), summary.rejected(),
                errors, summary.rejectionsOmitted(), pending);
    }
}
