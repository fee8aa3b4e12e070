package app.frontline.metric;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

/**
 * Decides a metric value's {@link MetricStatus}. The benchmarks feature implements it; the metric
 * package only asks, so it does not depend on where thresholds are kept. The request's context
 * lets an implementation read its thresholds once per request, however many values it judges.
 */
public interface StatusRule {

    MetricStatus status(Scope scope, MetricDefinition metric, @Nullable Double value, GraphQLContext context);
}
