package app.frontline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A drill-down list over a Relay connection: a heading, filters, "n of total", a grid of the rows
 * so far and "Load more", which asks for the page after the last cursor. Changing a filter starts
 * again from the first page.
 */
abstract class PagedList<T> extends Div {

    static final int PAGE_SIZE = 25;

    /** One page as the connection returns it. */
    record Page<T>(int totalCount, List<T> rows, boolean hasNextPage, @Nullable String endCursor) {
    }

    protected final Grid<T> grid = new Grid<>();
    private final List<T> rows = new ArrayList<>();
    private final Span count = new Span();
    private final Button more = new Button("Load more");
    private @Nullable String cursor;

    PagedList(String id, String title) {
        setId(id);
        var heading = new H3(title);
        heading.addClassNames(FontSize.MEDIUM, Margin.Top.LARGE, Margin.Bottom.SMALL);
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        count.setId(id + "-count");
        count.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        more.setId(id + "-more");
        more.addClickListener(e -> load(cursor));
        add(heading);
    }

    /** The filters, then the list's first page. */
    protected void addFilters(Component... filters) {
        for (Component filter : filters) {
            // two to a row on a phone, side by side on a laptop
            filter.getElement().getStyle().set("flex", "1 1 9rem").set("min-width", "9rem").set("max-width", "15rem");
        }
        var bar = new Div(filters);
        bar.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.END, Gap.MEDIUM);
        add(bar, count, grid, more);
        reload();
    }

    /** Back to the first page, e.g. after a filter changed. */
    protected final void reload() {
        rows.clear();
        load(null);
    }

    /** The page after {@code after} (the first page when null), or empty when the query failed. */
    protected abstract Optional<Page<T>> fetch(@Nullable String after);

    private void load(@Nullable String after) {
        Page<T> page = fetch(after).orElse(null);
        if (page == null) {
            more.setVisible(false);
            return;
        }
        rows.addAll(page.rows());
        cursor = page.endCursor();
        grid.setItems(List.copyOf(rows));
        count.setText(page.totalCount() == 0 ? "None in this period" : rows.size() + " of " + page.totalCount());
        more.setVisible(page.hasNextPage());
    }
}
