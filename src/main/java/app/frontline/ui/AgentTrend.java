package app.frontline.ui;

import app.frontline.metric.Unit;
import app.frontline.ui.chart.Chart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;

/**
 * One agent's chosen metric by ISO week ({@code graphql-documents/agentTrend.graphql}), over the
 * period, or the 13 weeks up to its end when it is shorter than two weeks (as the weekly table).
 */
class AgentTrend extends Div {

    static final String DEFAULT_METRIC = "conversations";

    record Data(Series series) {
    }

    record Series(SeriesMetric metric, List<PointRow> points) {
    }

    record SeriesMetric(String key, String label, Unit unit) {
    }

    record PointRow(LocalDate start, @Nullable Double value) {
    }

    private final GraphQlClient client;
    private final String agentId;
    private final Filters filters;
    private final Map<String, Object> period;
    private final Chart chart = new Chart();

    /**
     * @param chosen the metric in the URL ({@code ?metric=}), conversations when absent or unknown
     * @param onChoice told the metric a person picks, to keep it in the URL
     */
    private final Numbers numbers;

    AgentTrend(GraphQlClient client, String agentId, Filters filters, Api.PeriodInfo shown, List<Api.Metric> metrics,
            Numbers numbers, @Nullable String chosen, Consumer<String> onChoice) {
        this.numbers = numbers;
        setId("agent-trend");
        this.client = client;
        this.agentId = agentId;
        this.filters = filters;
        LocalDate from = shown.days() >= 14 ? shown.from()
                : shown.to().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(12);
        period = new LinkedHashMap<>(Map.of("from", from.toString(), "to", shown.to().toString(),
                "timeZone", shown.timeZone()));
        var select = new Select<Api.Metric>();
        select.setId("trend-metric");
        select.setLabel("Weekly trend of");
        select.setWidth("min(100%, 18rem)");
        select.setItems(metrics);
        select.setItemLabelGenerator(m -> m.label() == null ? m.key() : m.label());
        select.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue().key());
                if (e.isFromClient()) {
                    onChoice.accept(e.getValue().key());
                }
            }
        });
        chart.setId("agent-trend-chart");
        chart.setHeight("16rem");
        add(select, chart);
        metrics.stream().filter(m -> m.key().equals(chosen)).findFirst()
                .or(() -> metrics.stream().filter(m -> m.key().equals(DEFAULT_METRIC)).findFirst())
                .or(() -> metrics.stream().findFirst()).ifPresent(select::setValue);
    }

    private void show(String key) {
        var request = client.documentName("agentTrend").variable("metric", key).variable("period", period)
                .variable("agentId", agentId).variable("channel", filters.channel());
        Data data = Queries.fetch(request, Data.class, "The weekly trend").orElse(null);
        if (data == null) {
            chart.setSeries(List.of());
            return;
        }
        chart.setTitle(data.series().metric().label() + " by week");
        chart.setUnit(numbers.axis(data.series().metric().unit()));
        chart.setSeries(List.of(Chart.Series.line(data.series().metric().label(), data.series().points().stream()
                .map(p -> new Chart.Point(p.start(), p.value())).toList())));
    }
}
