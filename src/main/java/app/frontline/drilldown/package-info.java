/**
 * Drill-down: the records behind a number. Cursor-paginated lists of the conversations and orders
 * a metric of shared/metrics.md counts for a scope (store, team, agent) and a period.
 *
 * <p>Decisions where the brief left room:
 * <ol>
 * <li>Order: newest first by the time that placed the record in the period, ties by id descending.
 *     A cursor is base64url of {@code v1|epochMillis|id|seq}; {@code seq} tells apart two events
 *     (refunds, returns) of one order at the same millisecond. Paging continues strictly after the
 *     cursor's position, so records added before it never shift later pages.</li>
 * <li>Refunds and returns are arrays: MongoDB sorts an array field by its largest element, not the
 *     one the filter matched, so those lists are read with an {@code $elemMatch} pre-filter and
 *     cut into one edge per event in Java. totalCount then equals refundCount / returnCount /
 *     rmaCount. Every other list is paged by the store (find, sort, limit first + 1).</li>
 * <li>Orders without a status filter include declined ones; the order metrics count
 *     {@code status: APPROVED}. {@code newCustomer} implies APPROVED.</li>
 * <li>An event filter set to false keeps createdAt as the timestamp and means "never had that
 *     event". At most one event kind may be true.</li>
 * <li>{@code hasOrder} and {@code newCustomer} cannot be expressed in the common operator subset in
 *     one find, so they cost one extra pass: the candidates' ids, then the connected orders or the
 *     customers' first order times, then the page restricted to the matching ids.</li>
 * <li>{@code Conversation.orders} lists every connected order whatever its status.</li>
 * </ol>
 */
@NullMarked
package app.frontline.drilldown;

import org.jspecify.annotations.NullMarked;
