package app.frontline.ui;

import jakarta.annotation.security.RolesAllowed;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.MetricDefinition;
import app.frontline.metric.MetricGroup;
import app.frontline.metric.Unit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;

/**
 * One row per agent, one sortable column per chosen metric, the team's (or store's) values in the
 * footer; CSV of exactly what is shown. One request: {@code graphql-documents/agents.graphql}.
 */
@RolesAllowed({"ADMIN", "MANAGER"})
@Route(value = "agents", layout = MainLayout.class)
@PageTitle("Agents · Frontline")
class AgentsView extends VerticalLayout implements BeforeEnterObserver {

    static final List<String> DEFAULTS = List.of("conversations", "replied", "onTimeRate", "firstResponseTime",
            "handleTime", "csat", "orders", "revenue");

    private final GraphQlClient client;
    private final CurrencySettings currency;

    AgentsView(GraphQlClient uiGraphQlClient, CurrencySettings currency) {
        this.client = uiGraphQlClient;
        this.currency = currency;
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    record Data(Me me, List<Api.TeamRef> teams, List<AgentRow> agents, Api.@Nullable Kpis kpis,
            DashboardView.@Nullable TeamData team) {
    }

    /** Who is looking: a manager (not an administrator) sees only their teams' agents. */
    record Me(List<String> roles, List<String> teamIds) {
        boolean seesOnlyTheirTeams() {
            return roles.contains("MANAGER") && !roles.contains("ADMIN");
        }
    }

    record TeamTotals(DashboardView.@Nullable TeamData team) {
    }

    /** One footer row: whose values (the store, a team) and the values. */
    record Totals(String scope, Api.Kpis kpis) {
    }

    record AgentRow(String id, String name, boolean active, @Nullable TeamName team, Api.Kpis kpis) {
        @Nullable Double value(String key) {
            return kpis.value(key);
        }

        String teamName() {
            return team == null ? "" : team.name();
        }
    }

    record TeamName(String name) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long started = System.nanoTime();
        Filters filters = Filters.parse(event.getLocation().getQueryParameters());
        GridSort sort = GridSort.parse(event.getLocation().getQueryParameters());
        List<String> keys = filters.columnsOr(DEFAULTS);
        removeAll();
        add(new H2("Agents"));
        var request = filters.team() == null
                ? client.documentName("agents").operationName("StoreAgents")
                : client.documentName("agents").operationName("TeamAgents").variable("teamId", filters.team());
        Data data = Queries.fetch(request.variable("period", filters.period()).variable("channel", filters.channel())
                .variable("keys", keys), Data.class, "The agents").orElse(null);
        Api.Kpis scopeKpis = data == null ? null : data.team() != null ? data.team().kpis() : data.kpis();
        Consumer<Filters> navigate = f -> getUI().ifPresent(ui -> ui.navigate(AgentsView.class,
                sort.addTo(f.toQuery())));
        add(new FilterBar(filters, scopeKpis != null && scopeKpis.period() != null ? scopeKpis.period().timeZone()
                : filters.zone(), data == null ? List.of() : data.teams(), navigate));
        if (data != null && filters.team() != null && data.team() == null) {
            add(new Notice("no-team", "No such team", "there is no team with id " + filters.team() + "."));
        } else if (data != null && scopeKpis != null) {
            List<Totals> totals = totals(data, scopeKpis, filters, keys);
            var caption = new Span(scopeKpis.period() == null ? "" : scopeKpis.period().describe()
                    + (data.team() != null ? " · team " + data.team().name()
                            : data.me().seesOnlyTheirTeams() ? " · your teams" : " · whole store")
                    + (filters.channel() == null ? "" : " · " + filters.channel().toLowerCase(java.util.Locale.ROOT)
                            + " only"));
            caption.setId("period-label");
            caption.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            add(caption);
            var grid = new AgentGrid(data.agents(), scopeKpis.metrics(), totals, filters.withColumns(List.of()),
                    currency.numbers(getLocale()), sort);
            // a sort or a dragged column joins the URL at once, so a reload and the column chooser keep it
            grid.addSortListener(e -> replaceUrl(filters, GridSort.of(grid)));
            grid.addColumnReorderListener(e -> replaceUrl(filters.withColumns(grid.metricKeys()), GridSort.of(grid)));
            var tools = new Div(new ColumnChooser(keys, cols -> navigate(filters.withColumns(cols), GridSort.of(grid))),
                    Csv.link("agents-csv", "agents.csv", grid::csv));
            tools.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.CENTER, Gap.MEDIUM);
            add(tools, scopeKpis.isEmpty() ? new Notice("no-data", Notice.NO_DATA, "") : grid);
        }
        getElement().setAttribute("data-server-ms", Long.toString((System.nanoTime() - started) / 1_000_000));
    }

    /**
     * The footer's rows: the chosen team's values, the store's for an administrator, and for a
     * manager each of their teams' (the rows above are their teams' agents, so store totals
     * would not add up to anything they see). Ratios of several teams cannot be summed, hence a
     * row per team.
     */
    private List<Totals> totals(Data data, Api.Kpis scopeKpis, Filters filters, List<String> keys) {
        if (data.team() != null) {
            return List.of(new Totals(data.team().name(), scopeKpis));
        }
        if (!data.me().seesOnlyTheirTeams()) {
            return List.of(new Totals("Store", scopeKpis));
        }
        List<Totals> rows = new ArrayList<>();
        for (String teamId : data.me().teamIds()) {
            Queries.fetch(client.documentName("agents").operationName("TeamTotals").variable("teamId", teamId)
                    .variable("period", filters.period()).variable("channel", filters.channel())
                    .variable("keys", keys), TeamTotals.class, "The team totals")
                    .map(TeamTotals::team).ifPresent(t -> rows.add(new Totals(t.name(), t.kpis())));
        }
        return rows;
    }

    private void navigate(Filters filters, GridSort sort) {
        getUI().ifPresent(ui -> ui.navigate(AgentsView.class, sort.addTo(filters.toQuery())));
    }

    private void replaceUrl(Filters filters, GridSort sort) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "agents?" + sort.addTo(filters.toQuery()).getQueryString()));
    }

    /** The agents with a column per metric; the footer holds the scope's own values. */
    private static final class AgentGrid extends Grid<AgentRow> {
        private final List<Api.Metric> metrics;
        private final Numbers numbers;

        AgentGrid(List<AgentRow> agents, List<Api.Metric> metrics, List<Totals> totals, Filters linkFilters,
                Numbers numbers, GridSort sort) {
            this.metrics = metrics;
            this.numbers = numbers;
            setId("agents-grid");
            addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
            setColumnReorderingAllowed(true);
            String query = linkFilters.toQuery().getQueryString();
            var name = addColumn(LitRenderer.<AgentRow>of(
                    "<a href=${item.href}>${item.name}</a>${item.left ? ' (left)' : ''}")
                    .withProperty("href", a -> "agents/" + a.id() + "?" + query)
                    .withProperty("name", AgentRow::name).withProperty("left", a -> !a.active()))
                    .setHeader("Agent").setKey("name").setFrozen(true).setWidth("11rem").setFlexGrow(0)
                    .setComparator(AgentRow::name);
            var team = addColumn(AgentRow::teamName).setHeader("Team").setKey("team")
                    .setComparator(AgentRow::teamName).setWidth("7.5rem").setFlexGrow(0);
            List<Column<AgentRow>> valueColumns = new ArrayList<>();
            for (Api.Metric m : metrics) {
                var header = new Span(m.label());
                header.getElement().setAttribute("title", m.definition() == null ? ""
                        : m.definition().description() + "\n" + Formats.better(m.direction()));
                // the value tinted by its benchmark status (the text stays the value alone)
                Column<AgentRow> column = addColumn(
                        LitRenderer.<AgentRow>of("<span style=${item.style} data-status=${item.status}>${item.text}</span>")
                                .withProperty("text", a -> numbers.value(m.unit(), a.value(m.key())))
                                .withProperty("status", a -> a.kpis().status(m.key()).name())
                                .withProperty("style", a -> StatusStyle.css(a.kpis().status(m.key()))),
                        (renderer, id) -> new NullsLastColumn(this, id, renderer));
                column.setHeader(header).setKey(m.key())
                        .setComparator(Comparator.comparing((AgentRow a) -> a.value(m.key()),
                                Comparator.nullsLast(Comparator.naturalOrder())))
                        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
                valueColumns.add(column);
            }
            for (Totals total : totals) {
                var row = appendFooterRow();
                row.getCell(name).setText(total.scope());
                row.getCell(team).setText("");
                for (Column<AgentRow> column : valueColumns) {
                    total.kpis().metrics().stream().filter(m -> m.key().equals(column.getKey())).findFirst()
                            .ifPresent(m -> row.getCell(column).setComponent(footer(m, numbers)));
                }
            }
            setItems(agents);
            setAllRowsVisible(agents.size() <= 25);
            sort(sort.orders(this).orElse(GridSortOrder.asc(name).build()));
        }

        /** The metric columns' keys in the order the grid shows them (after any drag). */
        List<String> metricKeys() {
            List<String> keys = metrics.stream().map(Api.Metric::key).toList();
            return getColumns().stream().map(Column::getKey).filter(keys::contains).toList();
        }

        private static Span footer(Api.Metric m, Numbers numbers) {
            var total = new Span(numbers.value(m.unit(), m.value()));
            if (m.status() != null) {
                total.getElement().setAttribute("data-status", m.status().name());
                StatusStyle.apply(total.getStyle(), m.status());
            }
            return total;
        }

        /** The rows in the order the grid shows them, the columns it shows, plain numbers. */
        String csv() {
            List<String> header = new ArrayList<>(List.of("Agent", "Team"));
            metrics.forEach(m -> header.add(m.unit() == Unit.SECONDS ? m.label() + " (s)"
                    : m.unit() == Unit.MONEY ? m.label() + " (" + numbers.currency().getCurrencyCode() + ")"
                    : m.label()));
            Comparator<AgentRow> order = (a, b) -> 0;
            for (GridSortOrder<AgentRow> sort : getSortOrder()) {
                order = order.thenComparing(sort.getSorted().getComparator(sort.getDirection()));
            }
            List<List<String>> rows = new ArrayList<>();
            getListDataView().getItems().sorted(order).forEach(a -> {
                List<String> row = new ArrayList<>(List.of(a.name(), a.teamName()));
                metrics.forEach(m -> row.add(Formats.plain(m.unit(), a.value(m.key()))));
                rows.add(row);
            });
            return Csv.of(header, rows);
        }
    }

    /**
     * A column whose missing values sort last in both directions: an agent without a CSAT is
     * neither the best nor the worst, so sorting CSAT descending starts with the best real value.
     * Grid reverses a column's comparator for a descending sort, which would put them first.
     */
    static final class NullsLastColumn extends Grid.Column<AgentRow> {
        NullsLastColumn(Grid<AgentRow> grid, String columnId, com.vaadin.flow.data.renderer.Renderer<AgentRow> renderer) {
            super(grid, columnId, renderer);
        }

        @Override
        public com.vaadin.flow.function.SerializableComparator<AgentRow> getComparator(SortDirection direction) {
            var ascending = super.getComparator(SortDirection.ASCENDING);
            if (direction == SortDirection.ASCENDING) {
                return ascending;
            }
            String key = getKey();
            return (a, b) -> {
                boolean aMissing = a.value(key) == null;
                boolean bMissing = b.value(key) == null;
                if (aMissing || bMissing) {
                    return Boolean.compare(aMissing, bMissing);
                }
                return ascending.compare(b, a);
            };
        }
    }

    /** A button opening one checkbox group per catalogue group; the choice applies when it closes. */
    private static final class ColumnChooser extends Div {
        ColumnChooser(List<String> chosen, Consumer<List<String>> apply) {
            var button = new Button("Columns (" + chosen.size() + ")");
            button.setId("columns-button");
            var popover = new Popover();
            popover.setTarget(button);
            popover.setPosition(PopoverPosition.BOTTOM_START);
            popover.setWidth("min(90vw, 36rem)");
            Set<String> selection = new LinkedHashSet<>(chosen);
            var groups = new Div();
            groups.addClassNames(Display.GRID, Gap.MEDIUM);
            // the list scrolls under the buttons, so Apply stays in view on a laptop and a phone
            groups.getStyle().set("grid-template-columns", "repeat(auto-fit, minmax(14rem, 1fr))")
                    .set("max-height", "max(10rem, min(30rem, calc(100vh - 24rem)))").set("overflow", "auto");
            for (MetricGroup group : MetricGroup.values()) {
                var boxes = new CheckboxGroup<String>(group.label());
                boxes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                List<String> keys = MetricCatalogue.all().stream().filter(d -> d.group() == group)
                        .map(MetricDefinition::key).toList();
                boxes.setItems(keys);
                boxes.setItemLabelGenerator(k -> MetricCatalogue.get(k).label());
                boxes.setValue(new LinkedHashSet<>(keys.stream().filter(selection::contains).toList()));
                boxes.addValueChangeListener(e -> {
                    keys.forEach(selection::remove);
                    selection.addAll(e.getValue());
                });
                groups.add(boxes);
            }
            Runnable applySelection = () -> {
                // the columns keep their order; newly ticked ones join at the end in catalogue order
                List<String> next = new ArrayList<>(chosen.stream().filter(selection::contains).toList());
                MetricCatalogue.all().stream().map(MetricDefinition::key)
                        .filter(k -> selection.contains(k) && !next.contains(k)).forEach(next::add);
                if (!next.isEmpty() && !next.equals(chosen)) {
                    apply.accept(next);
                }
            };
            var ok = new Button("Apply", e -> applySelection.run());
            ok.setId("columns-apply");
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var reset = new Button("Defaults", e -> apply.accept(List.of()));
            var buttons = new Div(ok, reset);
            buttons.addClassNames(Display.FLEX, Gap.SMALL);
            buttons.addClassNames(Margin.Bottom.SMALL);
            popover.add(buttons, groups);
            // closing it (Esc, a click outside) applies too
            popover.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    applySelection.run();
                }
            });
            add(button, popover);
        }
    }
}
