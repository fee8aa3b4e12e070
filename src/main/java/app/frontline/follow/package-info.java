/**
 * Keeping this instance current with what every other instance and tool writes to the store: a
 * MongoDB change stream over the record collections, delivered to the same
 * {@link app.frontline.ingest.StoredRecordsListener}s the importer feeds. Public API:
 * {@link app.frontline.follow.ChangeFollower} (position, restart from a position) and
 * {@link app.frontline.follow.ChangePosition}.
 */
@NullMarked
package app.frontline.follow;

import org.jspecify.annotations.NullMarked;
