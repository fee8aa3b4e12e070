package app.frontline.ui;

import jakarta.annotation.security.RolesAllowed;
import app.frontline.metric.Unit;
import app.frontline.period.PeriodPreset;
import app.frontline.ui.chart.Chart;
import app.frontline.ui.chart.Chart.Marker;
import app.frontline.ui.chart.Chart.Point;
import app.frontline.ui.chart.Chart.ReferenceLine;
import app.frontline.ui.chart.Chart.Series;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.client.GraphQlClientException;

/**
 * How the workload and one chosen metric move: conversations per day, and a metric by week (CSAT
 * unless {@code ?metric=} says otherwise), for the store or a team, optionally one channel. The
 * filters bar sets period, zone, team and channel, all kept in the URL ({@link Filters}); the last
 * 90 days by default.
 */
@RolesAllowed({"ADMIN", "MANAGER"})
@Route(value = "trends", layout = MainLayout.class)
@PageTitle("Trends · Frontline")
class TrendsView extends VerticalLayout implements BeforeEnterObserver {

    private static final String DEFAULT_METRIC = "csat";

    private final GraphQlClient graphQl;
    private final Paragraph periodLabel = new Paragraph();
    private final Chart dailyVolume = new Chart();
    private final Select<MetricChoice> metricSelect = new Select<>();
    private final Chart weeklyMetric = new Chart();
    private final Div problems = new Div();
    private final Div filterBar = new Div();
    private final CurrencySettings currency;
    private Filters filters = Filters.parse(QueryParameters.empty()).withPreset(DEFAULT_PRESET);

    TrendsView(GraphQlClient uiGraphQlClient, CurrencySettings currency) {
        this.graphQl = uiGraphQlClient;
        this.currency = currency;
        setMaxWidth("72rem");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        periodLabel.setId("period-label");
        periodLabel.addClassNames(TextColor.SECONDARY, Margin.NONE);
        dailyVolume.setId("daily-volume");
        dailyVolume.setTitle("Conversations per day");
        dailyVolume.setUnit("conversations");
        weeklyMetric.setId("weekly-metric");
        metricSelect.setId("metric-select");
        metricSelect.setLabel("Weekly trend of");
        metricSelect.setWidth("min(100%, 18rem)");
        metricSelect.setItemLabelGenerator(MetricChoice::label);
        metricSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showWeekly(e.getValue());
                keepInUrl(e.getValue());
            }
        });
        add(new H2("Trends"), filterBar, periodLabel, problems, dailyVolume, metricSelect, weeklyMetric);
    }

    /** Trends look further back than the dashboard: the last 90 days unless the URL names a period. */
    static final PeriodPreset DEFAULT_PRESET = PeriodPreset.LAST_90_DAYS;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Map<String, List<String>> given = query.getParameters();
        filters = Filters.parse(query);
        if (!given.containsKey("preset") && !given.containsKey("from")) {
            filters = filters.withPreset(DEFAULT_PRESET);
        }
        problems.removeAll();
        showDaily(query);
        List<MetricChoice> choices = load("the metric list", () -> Objects.requireNonNull(graphQl
                .documentName("trendsMetricChoices").executeSync().field("metricDefinitions").toEntityList(MetricChoice.class)));
        if (choices == null) {
            return;
        }
        metricSelect.setItems(choices);
        String wanted = query.getSingleParameter("metric").orElse(DEFAULT_METRIC);
        MetricChoice choice = choices.stream().filter(c -> c.key().equals(wanted)).findFirst()
                .orElseGet(() -> choices.stream().filter(c -> c.key().equals(DEFAULT_METRIC)).findFirst()
                        .orElse(choices.getFirst()));
        metricSelect.setValue(choice);
        showWeekly(choice);
    }

    private void showDaily(QueryParameters query) {
        ClientGraphQlResponse response = load("conversations per day", () -> graphQl.documentName("trendsDailyVolume")
                .variable("period", filters.period()).variable("teamId", filters.team())
                .variable("channel", filters.channel()).executeSync());
        DailyResult daily = response == null ? null : load("conversations per day", () -> new DailyResult(
                response.field("teams").toEntityList(Api.TeamRef.class),
                Objects.requireNonNull(response.field("series").toEntity(SeriesResult.class))));
        filterBar.removeAll();
        filterBar.add(new FilterBar(filters, daily == null || daily.series().period() == null ? filters.zone()
                : daily.series().period().timeZone(), daily == null ? List.of() : daily.teams(), f -> navigate(f, query)));
        if (daily == null) {
            dailyVolume.setSeries(List.of());
            periodLabel.setText("");
            return;
        }
        SeriesResult result = daily.series();
        if (result.period() != null) {
            String team = daily.teams().stream().filter(t -> t.id().equals(filters.team())).findFirst()
                    .map(t -> " · team " + t.name()).orElse("");
            String channel = filters.channel() == null ? "" : " · " + filters.channel().toLowerCase(Locale.ROOT) + " only";
            // a preset's name ("Last 90 days") needs its dates; a from–to label already is them
            periodLabel.setText((filters.preset() == null ? result.period().label()
                    : result.period().label() + " · " + result.period().from() + " – " + result.period().to())
                    + team + channel);
        }
        List<Point> points = result.chartPoints();
        dailyVolume.setSeries(List.of(Series.bar("Conversations", points)));
        // the average day as a line, the busiest day highlighted: what a manager looks for first
        double total = points.stream().mapToDouble(p -> p.value() == null ? 0 : p.value()).sum();
        dailyVolume.setReferenceLine(points.isEmpty() || total == 0 ? null
                : new ReferenceLine(Math.round(total / points.size() * 10) / 10.0,
                        "avg " + String.format(Locale.ROOT, "%.1f", total / points.size())));
        dailyVolume.setMarkers(points.stream().filter(p -> p.value() != null && p.value() > 0)
                .max(Comparator.comparingDouble(p -> Objects.requireNonNull(p.value())))
                .map(p -> List.of(new Marker(p.date(), "busiest")))
                .orElse(List.of()));
    }

    private void showWeekly(MetricChoice metric) {
        weeklyMetric.setTitle(metric.label() + " by week");
        weeklyMetric.setUnit(currency.numbers(getLocale()).axis(Unit.valueOf(metric.unit())));
        SeriesResult result = load(metric.label() + " by week", () -> graphQl.documentName("trendsWeeklyMetric")
                .variable("metric", metric.key()).variable("period", filters.period())
                .variable("teamId", filters.team()).variable("channel", filters.channel())
                .executeSync().field("series").toEntity(SeriesResult.class));
        weeklyMetric.setSeries(result == null ? List.of() : List.of(Series.line(metric.label(), result.chartPoints())));
    }

    private void keepInUrl(MetricChoice metric) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "trends?" + withMetric(filters, metric.key()).getQueryString()));
    }

    /** New filters from the bar: the page reloads from the URL, keeping the chosen metric. */
    private void navigate(Filters next, QueryParameters query) {
        String metric = metricSelect.getValue() != null ? metricSelect.getValue().key()
                : query.getSingleParameter("metric").orElse(null);
        getUI().ifPresent(ui -> ui.navigate(TrendsView.class, withMetric(next, metric)));
    }

    private static QueryParameters withMetric(Filters filters, @Nullable String metric) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(filters.toQuery().getParameters());
        if (metric != null) {
            parameters.put("metric", List.of(metric));
        }
        return new QueryParameters(parameters);
    }

    /** {@code graphql-documents/trendsDailyVolume.graphql}'s result. */
    record DailyResult(List<Api.TeamRef> teams, SeriesResult series) {
    }

    /** Runs a query; a failure shows as a notice above the charts instead of an error page. */
    private <T> @Nullable T load(String what, Supplier<@Nullable T> query) {
        try {
            return query.get();
        } catch (GraphQlClientException ex) {
            var title = new Span(what + " could not be loaded");
            title.addClassNames(FontWeight.SEMIBOLD);
            var notice = new Paragraph(title, new Text(ex.getMessage() == null ? "" : " — " + ex.getMessage()));
            notice.addClassNames("problem", Background.CONTRAST_5, BorderRadius.LARGE, Padding.MEDIUM, Margin.NONE,
                    FontSize.SMALL);
            problems.add(notice);
            return null;
        }
    }

    /** A row of {@code graphql-documents/trendsMetricChoices.graphql}. */
    record MetricChoice(String key, String label, String unit, String group) {
    }

    /** The {@code series} of the trends documents. */
    record SeriesResult(@Nullable PeriodRow period, List<PointRow> points) {
        List<Point> chartPoints() {
            return points.stream().map(p -> new Point(p.start(), p.value())).toList();
        }
    }

    record PeriodRow(LocalDate from, LocalDate to, String label, @Nullable String timeZone) {
    }

    record PointRow(LocalDate start, @Nullable Double value) {
    }
}
