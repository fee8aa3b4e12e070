package app.frontline.metric.graphql;

import app.frontline.metric.Scope;
import app.frontline.period.Period;
import java.util.Set;

/** What one {@code kpis} field asks for; many keys are answered by one {@link KpiService} call. */
record KpiKey(Scope scope, Period period, Set<String> metrics) {
}
