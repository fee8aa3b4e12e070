package app.frontline.metric;

import app.frontline.period.Period;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What one {@code kpis} field asks for; many keys are answered by one {@link KpiService} call. */
record KpiKey(Scope scope, Period period, @Nullable String channel, Set<String> metrics) {
}
