/**
 * Loading data: the NDJSON ingest format (shared/ingest-format.md) through {@code POST /api/import},
 * the {@code import} command and the {@code importRecords} GraphQL mutation, all validated by one
 * {@link app.frontline.ingest.RecordValidator} and written by one batched upsert writer.
 * Public API: {@link app.frontline.ingest.RecordImporter}, {@link app.frontline.ingest.ImportSummary},
 * {@link app.frontline.ingest.ImportProgress}, {@link app.frontline.ingest.ImportCommand}.
 *
 * <p>Decisions where the format leaves room:
 * <ol>
 * <li>Strings: a required string must be a non-blank JSON string; an optional blank one counts as
 *     absent. Ids are stored as given (not trimmed); a numeric {@code id} is refused, ids are strings.</li>
 * <li>Enums match the format's spelling exactly ({@code Chat} is refused, the reason lists the values).</li>
 * <li>Integers ({@code score}, {@code handleSeconds}, {@code slaFirstReplyMinutes}) must be JSON
 *     numbers with no fraction ({@code 5} or {@code 5.0}); strings such as {@code "5"} are refused.</li>
 * <li>Money: a JSON number or a string of plain decimal digits ({@code "129.90"}, {@code "-1"}); no
 *     exponent, NaN, Infinity, currency or separators. Only {@code total} (≥ 0) and refund
 *     {@code amount} (> 0) have a sign rule, as in the format; cogs and discounts are not limited.</li>
 * <li>Instants must carry an offset or Z; a local date-time or a bare date is refused because the
 *     zone it meant is unknown. Stored as BSON dates (millisecond precision).</li>
 * <li>{@code reprocessedByAgentId}/{@code cancelledByAgentId} without their time are refused: an
 *     agent without a time describes no event. A time without an agent is accepted (the action
 *     then counts only in store totals, as metrics.md says of events with no agent).</li>
 * <li>Agent {@code teamId} to a team not loaded: the agent is stored, and listed as pending in the
 *     summary unless the team is in the store or anywhere in the same import. Other references are
 *     stored unchecked.</li>
 * <li>Fields not listed are stored under {@code extra} (also inside offers, refunds, returns and the
 *     chargeback). A field name MongoDB cannot store ({@code $…}, dotted, empty) rejects the record
 *     rather than failing a whole batch. Empty arrays are omitted like absent ones.</li>
 * <li>Within one import a later record with the same id wins (writes are ordered); counts of
 *     inserted vs replaced come from the store, so the second load of a file reports replacements.</li>
 * <li>Blank lines are skipped but counted in line numbers; lines end with LF or CRLF; a JSON object
 *     with duplicate keys or trailing text is refused as not valid JSON.</li>
 * </ol>
 */
@NullMarked
package app.frontline.ingest;

import org.jspecify.annotations.NullMarked;
