package app.frontline.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A grid's sort as it stands in the URL, {@code ?sort=csat&dir=desc}, so that a reload, a bookmark
 * or a page rebuilt after the column chooser sorts the same way. An unknown column is ignored.
 */
record GridSort(@Nullable String column, SortDirection direction) {

    static final GridSort NONE = new GridSort(null, SortDirection.ASCENDING);

    static GridSort parse(QueryParameters query) {
        String column = query.getSingleParameter("sort").filter(s -> !s.isBlank()).orElse(null);
        boolean descending = query.getSingleParameter("dir").map("desc"::equalsIgnoreCase).orElse(false);
        return new GridSort(column, descending ? SortDirection.DESCENDING : SortDirection.ASCENDING);
    }

    /** The grid's current first sort column. */
    static <T> GridSort of(Grid<T> grid) {
        return grid.getSortOrder().stream().findFirst()
                .map(o -> new GridSort(o.getSorted().getKey(), o.getDirection())).orElse(NONE);
    }

    /** The sort order for the grid, or empty when the column is not (or no longer) in it. */
    <T> Optional<List<GridSortOrder<T>>> orders(Grid<T> grid) {
        if (column == null || grid.getColumnByKey(column) == null) {
            return Optional.empty();
        }
        return Optional.of(List.of(new GridSortOrder<>(grid.getColumnByKey(column), direction)));
    }

    /** The query with this sort added (or without sort parameters for none). */
    QueryParameters addTo(QueryParameters query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(query.getParameters());
        parameters.remove("sort");
        parameters.remove("dir");
        if (column != null) {
            parameters.put("sort", List.of(column));
            parameters.put("dir", List.of(direction == SortDirection.DESCENDING ? "desc" : "asc"));
        }
        return new QueryParameters(parameters);
    }
}
