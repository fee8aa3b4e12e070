package app.frontline.ui;

import jakarta.annotation.security.RolesAllowed;
import app.frontline.ui.chart.Chart;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;

/**
 * Forecast and staffing (seed 003): the coming weeks' conversations with their 80 % interval next to
 * the weeks behind them and the backtest (beside the seasonal-naive baseline's error), then the agents
 * those weeks need, at the forecast and at the interval's upper end, against today's headcount. Store or team
 * ({@code ?team=}) and 4–8 weeks ({@code ?weeks=}) live in the URL. One request:
 * {@code graphql-documents/forecastView.graphql}.
 */
@RolesAllowed({"ADMIN", "MANAGER"})
@Route(value = "forecast", layout = MainLayout.class)
@PageTitle("Forecast · Frontline")
class ForecastView extends VerticalLayout implements BeforeEnterObserver {

    private static final int DEFAULT_WEEKS = 6;

    private final GraphQlClient client;

    ForecastView(GraphQlClient uiGraphQlClient) {
        this.client = uiGraphQlClient;
        setMaxWidth("80rem");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    record Data(List<Api.TeamRef> teams, Forecast forecast) {
    }

    record Forecast(@Nullable LocalDate historyFrom, LocalDate historyTo, List<WeekVolume> history,
            List<Week> weeks, @Nullable Double backtestMape, List<BacktestWeek> backtest, @Nullable Baseline baseline,
            @Nullable Model model, List<Outlier> outliers, int intervalLevel, @Nullable Double agentCapacity,
            int workingDays, int headcount) {
    }

    record Baseline(String method, @Nullable Double backtestMape) {
    }

    record Outlier(LocalDate date, String reason) {
    }

    record WeekVolume(LocalDate start, int conversations) {
    }

    record Week(LocalDate start, LocalDate end, double conversations, double lower, double upper,
            @Nullable Double fte, @Nullable Integer agentsNeeded, @Nullable Integer agentsNeededAtUpper) {
    }

    record BacktestWeek(LocalDate start, int actual, double forecast, double lower, double upper, double baseline) {
    }

    record Model(double alpha, double beta, double gamma, double phi) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String teamId = params.getOrDefault("team", List.of()).stream().filter(t -> !t.isBlank()).findFirst()
                .orElse(null);
        int weeks = params.getOrDefault("weeks", List.of()).stream().findFirst().flatMap(ForecastView::weeks)
                .orElse(DEFAULT_WEEKS);
        removeAll();
        add(new H2("Forecast and staffing"));
        Data data = Queries.fetch(client.documentName("forecastView").variable("teamId", teamId)
                .variable("weeks", weeks), Data.class, "The forecast").orElse(null);
        if (data == null) {
            return;
        }
        add(new Toolbar(data.teams(), teamId, weeks, (team, w) -> {
            Map<String, String> query = new LinkedHashMap<>();
            if (team != null) {
                query.put("team", team);
            }
            query.put("weeks", Integer.toString(w));
            getUI().ifPresent(ui -> ui.navigate(ForecastView.class, QueryParameters.simple(query)));
        }));
        Forecast forecast = data.forecast();
        if (forecast.weeks().isEmpty()) {
            add(new Notice("no-history", "Not enough history", "a forecast needs at least two weeks of"
                    + " conversations before this week."));
            return;
        }
        add(caption(forecast), volume(forecast));
        if (forecast.agentCapacity() == null) {
            var notice = new Notice("no-capacity", "No agent capacity benchmark", "");
            notice.add(new Span(" — set the target of Agent capacity under "), new Anchor("benchmarks" + (teamId == null
                    ? "" : "?team=" + teamId), "Benchmarks"), new Span(" to see the agents these weeks need."));
            add(notice);
        } else {
            add(staffing(forecast));
        }
        add(table(forecast));
    }

    private static java.util.Optional<Integer> weeks(String value) {
        try {
            int w = Integer.parseInt(value);
            return w >= 4 && w <= 8 ? java.util.Optional.of(w) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static Span caption(Forecast f) {
        String mape = f.backtestMape() == null ? "no backtest yet (needs 6 weeks of history)"
                : String.format(Locale.ENGLISH, "backtest error %.1f %% (MAPE of the last 4 weeks)", f.backtestMape());
        String baseline = f.baseline() == null || f.baseline().backtestMape() == null ? ""
                : String.format(Locale.ENGLISH, " against %.1f %% for the seasonal-naive baseline (last week repeated)",
                        f.baseline().backtestMape());
        long surges = f.outliers().stream().filter(o -> o.reason().equals("SURGE")).count();
        long holidays = f.outliers().stream().filter(o -> o.reason().equals("HOLIDAY")).count();
        String cleaned = surges + holidays == 0 ? "" : " · set aside: " + plural(surges, "surge day")
                + (holidays == 0 ? "" : ", " + plural(holidays, "holiday"));
        String model = f.model() == null ? "" : String.format(Locale.ENGLISH,
                " · Holt-Winters, weekly season, damped trend (α %.2f, β %.3f, γ %.2f, φ %.2f)", f.model().alpha(),
                f.model().beta(), f.model().gamma(), f.model().phi());
        String capacity = f.agentCapacity() == null ? "" : String.format(Locale.ENGLISH,
                " · staffed at %s conversations per agent-day × %d days a week",
                Formats.value(app.frontline.metric.Unit.NUMBER, f.agentCapacity()), f.workingDays());
        var caption = new Span("Learnt from " + f.historyFrom() + " – " + f.historyTo() + " · " + mape + baseline
                + cleaned + model + " · band: " + f.intervalLevel() + " % prediction interval" + capacity);
        caption.setId("forecast-caption");
        caption.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        return caption;
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A chart under its own heading: the chart's title would share the top line with its legend. */
    private static Div titled(String title, Chart chart) {
        var heading = new H3(title);
        heading.addClassNames(FontSize.MEDIUM);
        heading.getStyle().set("margin", "var(--lumo-space-s) 0 0");
        var box = new Div(heading, chart);
        box.setWidthFull();
        return box;
    }

    private static Div volume(Forecast f) {
        var chart = new Chart();
        chart.setId("forecast-volume");
        // no unit (it would be the value axis's name): the heading says it, and at 390 px the
        // legend's second row would run into it
        chart.setHeight("18rem");
        // one name for both edges: one legend entry that shows and hides the band
        String band = f.intervalLevel() + " % band";
        // the band spans the backtest weeks too: how often the actual bars fall inside it shows
        // whether the interval is honest
        List<Chart.Point> high = new ArrayList<>();
        List<Chart.Point> low = new ArrayList<>();
        f.backtest().forEach(w -> {
            high.add(new Chart.Point(w.start(), w.upper()));
            low.add(new Chart.Point(w.start(), w.lower()));
        });
        f.weeks().forEach(w -> {
            high.add(new Chart.Point(w.start(), w.upper()));
            low.add(new Chart.Point(w.start(), w.lower()));
        });
        chart.setSeries(List.of(
                Chart.Series.bar("Actual", f.history().stream()
                        .map(w -> new Chart.Point(w.start(), (double) w.conversations())).toList()),
                Chart.Series.line("Forecast", f.weeks().stream()
                        .map(w -> new Chart.Point(w.start(), w.conversations())).toList()),
                Chart.Series.line(band, high),
                Chart.Series.line(band, low),
                Chart.Series.line("Backtest", f.backtest().stream()
                        .map(w -> new Chart.Point(w.start(), w.forecast())).toList())));
        return titled("Conversations per week", chart);
    }

    private static Div staffing(Forecast f) {
        var chart = new Chart();
        chart.setId("forecast-staffing");
        chart.setHeight("16rem");
        // the headcount as a line series rather than a reference line: the value axis then always
        // reaches it, however far below it the need is
        chart.setSeries(List.of(Chart.Series.bar("Agents needed", f.weeks().stream()
                .map(w -> new Chart.Point(w.start(), w.agentsNeeded() == null ? null : w.agentsNeeded().doubleValue()))
                .toList()), Chart.Series.line("Headcount " + f.headcount(), f.weeks().stream()
                .map(w -> new Chart.Point(w.start(), (double) f.headcount())).toList()),
                Chart.Series.line("At the " + f.intervalLevel() + " % high", f.weeks().stream()
                        .map(w -> new Chart.Point(w.start(), w.agentsNeededAtUpper() == null ? null
                                : w.agentsNeededAtUpper().doubleValue())).toList())));
        return titled("Agents needed per week", chart);
    }

    private static Grid<Week> table(Forecast f) {
        var grid = new Grid<Week>();
        grid.setId("forecast-weeks");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(w -> w.start() + " – " + w.end()).setHeader("Week").setAutoWidth(true);
        grid.addColumn(w -> String.format(Locale.ENGLISH, "%,.0f", w.conversations())).setHeader("Conversations")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(w -> String.format(Locale.ENGLISH, "%,.0f – %,.0f", w.lower(), w.upper()))
                .setHeader(f.intervalLevel() + " % interval").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(w -> w.fte() == null ? Formats.NONE : String.format(Locale.ENGLISH, "%.2f", w.fte()))
                .setHeader("Full-time agents").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(w -> w.agentsNeeded() == null ? Formats.NONE : Integer.toString(w.agentsNeeded()))
                .setHeader("Agents needed").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(w -> w.agentsNeeded() == null ? Formats.NONE : gap(w.agentsNeeded() - f.headcount()))
                .setHeader("vs headcount " + f.headcount()).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(w -> w.agentsNeededAtUpper() == null ? Formats.NONE : Integer.toString(w.agentsNeededAtUpper()))
                .setHeader("Agents at " + f.intervalLevel() + " % high").setTextAlign(ColumnTextAlign.END);
        grid.setItems(f.weeks());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String gap(int difference) {
        return difference > 0 ? difference + " short" : difference == 0 ? "enough" : -difference + " spare";
    }

    /** Store or team, and how many weeks. */
    private static final class Toolbar extends Div {
        interface Change {
            void to(@Nullable String team, int weeks);
        }

        Toolbar(List<Api.TeamRef> teams, @Nullable String teamId, int weeks, Change change) {
            addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.END, Gap.MEDIUM);
            var team = new Select<String>();
            team.setId("forecast-team");
            team.setLabel("Team");
            Map<String, String> names = new LinkedHashMap<>();
            names.put("", "Whole store");
            teams.forEach(t -> names.put(t.id(), t.name()));
            team.setItems(new ArrayList<>(names.keySet()));
            team.setItemLabelGenerator(names::get);
            team.setValue(teamId == null || !names.containsKey(teamId) ? "" : teamId);
            var horizon = new Select<Integer>();
            horizon.setId("forecast-weeks-select");
            horizon.setLabel("Weeks ahead");
            horizon.setItems(4, 5, 6, 7, 8);
            horizon.setValue(weeks);
            team.addValueChangeListener(e -> change.to(e.getValue().isEmpty() ? null : e.getValue(), weeks));
            horizon.addValueChangeListener(e -> change.to(teamId, e.getValue()));
            add(team, horizon);
        }
    }
}
