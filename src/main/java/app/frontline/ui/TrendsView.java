package app.frontline.ui;

import jakarta.annotation.security.RolesAllowed;
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
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.client.GraphQlClientException;

/**
 * How the store's workload and one chosen metric move: conversations per day, and a metric by
 * week (CSAT unless {@code ?metric=} says otherwise). The period comes from the URL
 * ({@code ?from=&to=} or {@code ?preset=}), the last 90 days by default.
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
    private TrendsPeriod period = TrendsPeriod.from(QueryParameters.empty(), "LAST_90_DAYS");

    TrendsView(GraphQlClient uiGraphQlClient) {
        this.graphQl = uiGraphQlClient;
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
        add(new H2("Trends"), periodLabel, problems, dailyVolume, metricSelect, weeklyMetric);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        period = TrendsPeriod.from(query, "LAST_90_DAYS");
        problems.removeAll();
        showDaily();
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

    private void showDaily() {
        SeriesResult result = load("conversations per day", () -> graphQl.documentName("trendsDailyVolume")
                .variable("period", period.input()).executeSync().field("series").toEntity(SeriesResult.class));
        if (result == null) {
            dailyVolume.setSeries(List.of());
            return;
        }
        if (result.period() != null) {
            // a preset's name ("Last 90 days") needs its dates; a from–to label already is them
            periodLabel.setText(period.preset() == null ? result.period().label()
                    : result.period().label() + " · " + result.period().from() + " – " + result.period().to());
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
        weeklyMetric.setUnit(unitLabel(metric.unit()));
        SeriesResult result = load(metric.label() + " by week", () -> graphQl.documentName("trendsWeeklyMetric")
                .variable("metric", metric.key()).variable("period", period.input())
                .executeSync().field("series").toEntity(SeriesResult.class));
        weeklyMetric.setSeries(result == null ? List.of() : List.of(Series.line(metric.label(), result.chartPoints())));
    }

    private void keepInUrl(MetricChoice metric) {
        Map<String, String> parameters = new LinkedHashMap<>(period.parameters());
        parameters.put("metric", metric.key());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "trends?" + QueryParameters.simple(parameters).getQueryString()));
    }

    private static String unitLabel(String unit) {
        return switch (unit) {
            case "COUNT" -> "count";
            case "MONEY" -> "store currency";
            case "PERCENT" -> "%";
            case "SCORE" -> "score";
            case "SECONDS" -> "seconds";
            default -> "";
        };
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

    record PeriodRow(LocalDate from, LocalDate to, String label) {
    }

    record PointRow(LocalDate start, @Nullable Double value) {
    }
}
