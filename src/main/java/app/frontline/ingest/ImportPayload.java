package app.frontline.ingest;

import app.frontline.error.FieldError;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The GraphQL result of {@code importRecords} (the union ImportRecordsPayload; the records' class
 * names are its type names). An import is partially successful by design, so refused records are
 * data of the {@link ImportResult}; only when nothing at all was stored is it an
 * {@link ImportRejected}, the one shape of every refused mutation. Either way each error's field is
 * a path into the mutation's input ({@code surveys[1].score}), so a client finds the record and the
 * field in what it sent.
 */
final class ImportPayload {

    private ImportPayload() {
    }

    /** Some or all records stored. */
    record ImportResult(long accepted, long inserted, long replaced, long rejected, List<FieldError> errors,
            long errorsOmitted, List<Pending> pending) {
    }

    /** Every record refused: nothing stored. */
    record ImportRejected(List<FieldError> errors, long errorsOmitted) {
    }

    /** A stored record whose reference names a record not loaded yet. */
    record Pending(String type, int index, String id, String field, String missingId) {
    }

    /** Where a record came from: its input list ({@code surveys}), its format type and its position there. */
    record Origin(String list, String type, int index) {

        /** {@code surveys[1].score}; the record itself ({@code surveys[1]}) for a rule about the whole record. */
        String path(String field) {
            String record = list + "[" + index + "]";
            return field.equals("line") ? record : record + "." + field;
        }
    }

    /** @param origin the origin of the record at a 1-based position of the import */
    static Object of(ImportSummary summary, LongFunction<Origin> origin) {
        List<FieldError> errors = summary.rejections().stream()
                .map(r -> new FieldError(origin.apply(r.line()).path(r.field()), r.reason())).toList();
        if (summary.accepted() == 0 && summary.rejected() > 0) {
            return new ImportRejected(errors, summary.rejectionsOmitted());
        }
        List<Pending> pending = summary.pending().stream().map(p -> {
            Origin o = origin.apply(p.line());
            return new Pending(o.type(), o.index(), p.id(), p.field(), p.missingId());
        }).toList();
        return new ImportResult(summary.accepted(), summary.inserted(), summary.replaced(), summary.rejected(),
                errors, summary.rejectionsOmitted(), pending);
    }
}
