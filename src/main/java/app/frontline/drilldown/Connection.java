package app.frontline.drilldown;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, Relay style. {@code counted} is null when the client did not select
 * {@code totalCount} (it is then never counted nor resolved).
 */
record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, @Nullable Integer counted) {

    /**
     * {@code totalCount: Int!}: resolved only when selected, and then counted; declared non-null
     * here so that schema inspection sees the schema's nullness.
     */
    public int totalCount() {
        if (counted == null) {
            throw new IllegalStateException("totalCount was not counted for this page");
        }
        return counted;
    }

    /** Cuts {@code first + 1} rows in list order into a page. */
    static <T> Connection<T> of(List<Edge<T>> rows, PageRequest page, @Nullable Integer totalCount) {
        boolean more = rows.size() > page.first();
        List<Edge<T>> edges = more ? rows.subList(0, page.first()) : rows;
        String end = edges.isEmpty() ? null : edges.getLast().cursor();
        return new Connection<>(List.copyOf(edges), new PageInfo(more, end), totalCount);
    }

    record PageInfo(boolean hasNextPage, @Nullable String endCursor) {
    }

    /**
     * @param position where the edge sits in the list (its cursor, decoded)
     * @param attributedAgentId the agent the record counts for (orders only)
     */
    record Edge<T>(Cursor position, T node, @Nullable String attributedAgentId) {

        public String cursor() {
            return position.encode();
        }

        public OffsetDateTime at() {
            return position.at().atOffset(ZoneOffset.UTC);
        }
    }
}
