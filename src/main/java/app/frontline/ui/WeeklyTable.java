package app.frontline.ui;

import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.MetricDefinition;
import app.frontline.metric.Unit;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;

/**
 * Seed 003's weekly spreadsheet: one row per ISO week, one column per chosen metric (up to eight),
 * from {@code graphql-documents/weekly.graphql}. It covers the chosen period, or the 13 weeks up to
 * its end when the period is shorter than two weeks, and exports exactly what it shows as CSV.
 */
class WeeklyTable extends Div {

    static final List<String> DEFAULTS = List.of("conversations", "onTimeRate", "csat", "firstResponseTime",
            "orders", "revenue");
    private static final int MAX_COLUMNS = 8;

    record Data(@Nullable Series s0, @Nullable Series s1, @Nullable Series s2, @Nullable Series s3,
            @Nullable Series s4, @Nullable Series s5, @Nullable Series s6, @Nullable Series s7) {
        List<Series> all() {
            return Stream.of(s0, s1, s2, s3, s4, s5, s6, s7).filter(Objects::nonNull).toList();
        }
    }

    record Series(SeriesMetric metric, List<Point> points) {
    }

    record SeriesMetric(String key, String label, Unit unit) {
    }

    record Point(LocalDate start, LocalDate from, LocalDate to, @Nullable Double value) {
    }

    record Week(LocalDate start, LocalDate from, LocalDate to, List<@Nullable Double> values) {
        String isoWeek() {
            return start.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + String.format("%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    }

    WeeklyTable(GraphQlClient client, Filters filters, Api.PeriodInfo period, Numbers numbers, Consumer<Filters> onChange) {
        setId("weekly");
        List<String> keys = filters.columnsOr(DEFAULTS).stream().limit(MAX_COLUMNS).toList();
        LocalDate from = period.days() >= 14 ? period.from()
                : period.to().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(12);

        var heading = new H3("Week by week");
        heading.addClassNames(FontSize.MEDIUM, Margin.Top.LARGE, Margin.Bottom.NONE);
        var range = new Span(from + " – " + period.to() + (period.days() >= 14 ? "" : " (the 13 weeks up to the period's end)"));
        range.setId("weekly-range");
        range.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        add(heading, range);

        var request = client.documentName("weekly")
                .variable("period", Map.of("from", from.toString(), "to", period.to().toString(),
                        "timeZone", period.timeZone()))
                .variable("teamId", filters.team()).variable("channel", filters.channel());
        for (int i = 0; i < keys.size(); i++) {
            request = request.variable("m" + i, keys.get(i)).variable("use" + i, true);
        }
        List<Series> series = Queries.fetch(request, Data.class, "The weekly table").map(Data::all).orElse(null);
        if (series == null) {
            return;
        }
        List<Week> weeks = weeks(series);
        var grid = grid(series, weeks, numbers);
        var csv = Csv.link("weekly-csv", "weekly-" + from + "-" + period.to() + ".csv", () -> csv(series, weeks));
        var tools = new Div(chooser(keys, filters, onChange), csv);
        tools.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.BASELINE, Gap.MEDIUM);
        add(tools);
        boolean empty = weeks.stream().flatMap(w -> w.values().stream()).allMatch(v -> v == null || v == 0);
        add(empty ? new Notice("weekly-no-data", Notice.NO_DATA, "") : grid);
    }

    private static List<Week> weeks(List<Series> series) {
        List<Week> weeks = new ArrayList<>();
        if (series.isEmpty()) {
            return weeks;
        }
        List<Point> first = series.getFirst().points();
        for (int i = 0; i < first.size(); i++) {
            List<@Nullable Double> values = new ArrayList<>();
            for (Series s : series) {
                values.add(i < s.points().size() ? s.points().get(i).value() : null);
            }
            Point p = first.get(i);
            weeks.add(new Week(p.start(), p.from(), p.to(), values));
        }
        return weeks;
    }

    private static Grid<Week> grid(List<Series> series, List<Week> weeks, Numbers numbers) {
        var grid = new Grid<Week>();
        grid.setId("weekly-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Week::isoWeek).setHeader("Week").setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> w.from().toString()).setHeader("From").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> w.to().toString()).setHeader("To").setAutoWidth(true).setFlexGrow(0);
        for (int i = 0; i < series.size(); i++) {
            int index = i;
            SeriesMetric m = series.get(i).metric();
            grid.addColumn(w -> numbers.value(m.unit(), w.values().get(index))).setHeader(m.label()).setKey(m.key())
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.setItems(weeks);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String csv(List<Series> series, List<Week> weeks) {
        List<String> header = new ArrayList<>(List.of("Week", "From", "To"));
        series.forEach(s -> header.add(s.metric().unit() == Unit.SECONDS ? s.metric().label() + " (s)"
                : s.metric().label()));
        List<List<String>> rows = new ArrayList<>();
        for (Week w : weeks) {
            List<String> row = new ArrayList<>(List.of(w.isoWeek(), w.from().toString(), w.to().toString()));
            for (int i = 0; i < series.size(); i++) {
                row.add(Formats.plain(series.get(i).metric().unit(), w.values().get(i)));
            }
            rows.add(row);
        }
        return Csv.of(header, rows);
    }

    /** Which metrics are columns: any of the catalogue, at most eight; the choice goes in the URL. */
    private static MultiSelectComboBox<String> chooser(List<String> keys, Filters filters, Consumer<Filters> onChange) {
        var chooser = new MultiSelectComboBox<String>("Columns");
        chooser.setId("weekly-columns");
        chooser.setItems(MetricCatalogue.all().stream().map(MetricDefinition::key).toList());
        chooser.setItemLabelGenerator(k -> MetricCatalogue.get(k).label());
        chooser.setValue(new LinkedHashSet<>(keys));
        chooser.setWidth("min(100%, 40rem)");
        chooser.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue().isEmpty()) {
                return;
            }
            // keep the order the columns had, new ones at the end
            List<String> chosen = new ArrayList<>(keys.stream().filter(e.getValue()::contains).toList());
            e.getValue().stream().filter(k -> !chosen.contains(k)).forEach(chosen::add);
            if (chosen.size() > MAX_COLUMNS) {
                Notification.show("At most " + MAX_COLUMNS + " columns; the first " + MAX_COLUMNS + " are kept.");
            }
            onChange.accept(filters.withColumns(chosen.stream().limit(MAX_COLUMNS).toList()));
        });
        return chooser;
    }
}
