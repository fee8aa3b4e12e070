package app.frontline.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * One dashboard request: the variables of {@code benchmarkDashboard.graphql}, a four-week period
 * and the 13 weeks of the trend, both ending on {@code last} in {@code zone}.
 */
record DashboardRequest(LocalDate last, ZoneId zone) {

    LocalDate periodFrom() {
        return last.minusDays(27);
    }

    LocalDate trendFrom() {
        return last.minusWeeks(13).plusDays(1);
    }

    /** The same request {@code days} earlier: the distinct mix shifts day by day. */
    DashboardRequest shifted(int days) {
        return new DashboardRequest(last.minusDays(days), zone);
    }

    Map<String, Object> variables() {
        return Map.of(
                "period", Map.of("from", periodFrom().toString(), "to", last.toString(), "timeZone", zone.getId()),
                "trend", Map.of("from", trendFrom().toString(), "to", last.toString(), "timeZone", zone.getId()));
    }

    /** Midnight starting {@code day} in the zone, as an instant in text (DuckDB casts it). */
    String start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().toString();
    }

    /** Midnight after the last day: the first instant not in the period. */
    String end() {
        return start(last.plusDays(1));
    }

    @Override
    public String toString() {
        return periodFrom() + ".." + last + " (trend from " + trendFrom() + ") " + zone.getId();
    }
}
