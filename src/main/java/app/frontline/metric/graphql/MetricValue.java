package app.frontline.metric.graphql;

import app.frontline.metric.Direction;
import app.frontline.metric.DurationStats;
import app.frontline.metric.KpiService;
import app.frontline.metric.MetricDefinition;
import app.frontline.metric.Scope;
import app.frontline.metric.Unit;
import org.jspecify.annotations.Nullable;

/**
 * One metric's value with its previous period's: the source of the GraphQL {@code Metric} type. The
 * scope is kept so the value can be judged against that scope's benchmark.
 */
record MetricValue(MetricDefinition definition, @Nullable Object current, @Nullable Object before, Scope scope) {

    public String key() {
        return definition.key();
    }

    public String label() {
        return definition.label();
    }

    public Unit unit() {
        return definition.unit();
    }

    public Direction direction() {
        return definition.direction();
    }

    public @Nullable Double value() {
        return KpiService.headline(key(), current);
    }

    public @Nullable Double previous() {
        return KpiService.headline(key(), before);
    }

    public @Nullable Double change() {
        Double value = value();
        Double previous = previous();
        return value == null || previous == null ? null : value - previous;
    }

    public @Nullable Double changePercent() {
        Double change = change();
        Double previous = previous();
        return change == null || previous == null || previous == 0 ? null : 100.0 * change / Math.abs(previous);
    }

    public @Nullable DurationStats stats() {
        return current instanceof DurationStats stats ? stats : null;
    }
}
