package app.frontline.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one import.
 *
 * @param accepted records stored (= inserted + replaced)
 * @param inserted records whose id was new to the store
 * @param replaced records that replaced a stored record with the same id
 * @param rejected records (lines) refused; none of them was stored
 * @param rejections one entry per broken rule of a rejected record, at most {@link #MAX_LISTED}
 * @param rejectionsOmitted rejection entries left out of the list beyond that cap
 * @param pending references to records not in the store after this import (they resolve when
 *     those records arrive), at most {@link #MAX_LISTED}
 * @param pendingOmitted pending references left out of the list beyond that cap
 */
public record ImportSummary(long accepted, long inserted, long replaced, long rejected,
        List<Rejection> rejections, long rejectionsOmitted,
        List<PendingReference> pending, long pendingOmitted) {

    /** The most rejection (and pending) entries a summary lists. */
    public static final int MAX_LISTED = 10_000;

    /**
     * Why (part of) a record was refused.
     *
     * @param line line number in the NDJSON input, or 1-based position among the given records
     * @param type the record's {@code type}, when it could be read
     * @param id the record's {@code id}, when it could be read
     * @param field the field's path, e.g. {@code refunds[1].amount}; {@code line} for the line itself
     * @param reason what is wrong, in words
     */
    public record Rejection(long line, @Nullable String type, @Nullable String id, String field, String reason) {
    }

    /**
     * A stored record that refers to a record not (yet) in the store, e.g. an agent whose team has
     * not been loaded; accepted, since references may arrive in any order across files.
     *
     * @param line line number (or position) of the referring record
     * @param id the referring record's id
     * @param field the referring field, e.g. {@code teamId}
     * @param missingId the id that names no stored record yet
     */
    public record PendingReference(long line, String id, String field, String missingId) {
    }
}
