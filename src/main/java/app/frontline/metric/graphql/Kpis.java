package app.frontline.metric.graphql;

import app.frontline.metric.Scope;
import app.frontline.period.Period;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A scope's computed metrics for a period: the source object of the GraphQL {@code Kpis} type. */
record Kpis(Scope scope, Period period, Map<String, @Nullable Object> values) {
}
