package app.frontline.ui;

import app.frontline.metric.Direction;
import app.frontline.metric.MetricGroup;
import app.frontline.metric.MetricStatus;
import app.frontline.metric.Unit;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The shapes the views' GraphQL documents return, shared by more than one view. */
final class Api {

    private Api() {
    }

    record TeamRef(String id, String name) {
    }

    record PeriodInfo(LocalDate from, LocalDate to, String timeZone, String label, int days) {

        /** "Last week (2026-11-02 – 2026-11-08) · UTC"; a custom range's label already is its dates. */
        String describe() {
            boolean range = !label.isEmpty() && Character.isDigit(label.charAt(0));
            return (range ? label : label + " (" + from + " – " + to + ")") + " · " + timeZone;
        }
    }

    /** A metric as {@code Kpis.metrics(keys:)} returns it; unselected fields stay null. */
    record Metric(String key, @Nullable String label, @Nullable Unit unit, @Nullable Direction direction,
            @Nullable Double value, @Nullable Double previous, @Nullable Double change,
            @Nullable Definition definition, @Nullable MetricStatus status) {
    }

    record Definition(@Nullable MetricGroup group, @Nullable String description, @Nullable String formula) {
    }

    record Kpis(@Nullable PeriodInfo period, List<Metric> metrics) {

        @Nullable Double value(String key) {
            return metrics.stream().filter(m -> m.key().equals(key)).findFirst().map(Metric::value).orElse(null);
        }

        /** The value's status against its benchmark; NONE when not asked for or not benchmarked. */
        MetricStatus status(String key) {
            return metrics.stream().filter(m -> m.key().equals(key)).findFirst().map(Metric::status)
                    .orElse(MetricStatus.NONE);
        }

        /** Nothing happened: every value is missing or zero (a ratio over nothing is null). */
        boolean isEmpty() {
            return metrics.stream().allMatch(m -> m.value() == null || m.value() == 0);
        }
    }
}
