package app.frontline.ingest;

import java.util.Set;

/**
 * Published after each batch of records is stored and acknowledged (so a listener reading the store
 * sees them), on the importing thread: listeners must be quick, e.g. signal and return.
 *
 * @param collections the collections written ({@code conversations}, {@code orders}...)
 * @param count records stored (inserted or replaced)
 */
public record RecordsImported(Set<String> collections, int count) {
}
