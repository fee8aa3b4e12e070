/**
 * The store's facts in memory, in compact columnar form: one table per kind of fact, rows of
 * primitive columns (money as exact long minor units, times and durations as long milliseconds,
 * agents, teams, channels, tags and customers as dictionary codes), found by day partition. Kept
 * current record by record (an upsert retires the earlier row and appends the new one), compacted
 * when retired rows pile up, written to a snapshot beside the store for a fast restart.
 */
@NullMarked
package app.frontline.metric.store;

import org.jspecify.annotations.NullMarked;
