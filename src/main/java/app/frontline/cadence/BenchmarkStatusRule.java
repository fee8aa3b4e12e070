package app.frontline.cadence;

import app.frontline.metric.Direction;
import app.frontline.metric.MetricDefinition;
import app.frontline.metric.MetricStatus;
import app.frontline.metric.Scope;
import app.frontline.metric.StatusRule;
import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Judges metric values by their scope's benchmark. The benchmarks are read once per GraphQL request
 * (kept in its context), so a grid of 40 agents × 10 metrics reads them once, not 400 times.
 */
@Component
class BenchmarkStatusRule implements StatusRule {

    private final Benchmarks benchmarks;

    BenchmarkStatusRule(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    @Override
    public MetricStatus status(Scope scope, MetricDefinition metric, @Nullable Double value, GraphQLContext context) {
        if (value == null || metric.direction() == Direction.NEUTRAL) {
            return MetricStatus.NONE;
        }
        BenchmarkTable table = context.computeIfAbsent(BenchmarkTable.class, k -> benchmarks.table());
        String team = switch (scope.kind()) {
            case STORE -> null;
            case TEAM -> scope.id();
            case AGENT -> table.teamOf(scope.id());
        };
        Benchmark benchmark = table.effective(metric.key(), team);
        return benchmark == null ? MetricStatus.NONE : benchmark.judge(value, metric.direction());
    }
}
