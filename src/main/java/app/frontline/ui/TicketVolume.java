package app.frontline.ui;

import app.frontline.ui.chart.Chart;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;

/**
 * Ticket volume (seed 004): conversations per day as bars for the dashboard's period, team and
 * channel, with the surge days (shared/metrics.md section 5) marked, from
 * {@code graphql-documents/dashboardVolume.graphql}. Surges are the scope's whole volume, so they
 * are not marked on a single channel's bars.
 */
class TicketVolume extends Chart {

    record Data(Days series, @Nullable SurgeReport surges) {
    }

    record Days(List<PointRow> points) {
    }

    record PointRow(LocalDate start, @Nullable Double value) {
    }

    record SurgeReport(List<SurgeDay> surgeDays) {
    }

    record SurgeDay(LocalDate date, int count, double mean, double threshold) {
    }

    TicketVolume(GraphQlClient client, Filters filters) {
        setId("ticket-volume");
        setTitle("Conversations per day");
        setUnit("conversations");
        setHeight("16rem");
        var request = client.documentName("dashboardVolume").variable("period", filters.period())
                .variable("teamId", filters.team()).variable("channel", filters.channel())
                .variable("withSurges", filters.channel() == null);
        Queries.fetch(request, Data.class, "The ticket volume").ifPresent(data -> {
            setSeries(List.of(Chart.Series.bar("Conversations",
                    data.series().points().stream().map(p -> new Chart.Point(p.start(), p.value())).toList())));
            if (data.surges() != null) {
                setMarkers(data.surges().surgeDays().stream().map(d -> new Chart.Marker(d.date(), "Surge")).toList());
            }
        });
    }
}
