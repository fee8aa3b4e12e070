package app.frontline.metric;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which sources a computation may read as hourly rollups. A rollup keeps sums; a metric that
 * needs more than a sum reads its source's facts instead:
 * <ul>
 * <li>orders created: CLTV (initial orders: new-customer status changes when an earlier order
 * arrives), ARPA and repurchase rate (distinct customers), time to value (a median);</li>
 * <li>conversations: on time (against the team's SLA as it is now), agent capacity (agent-days in
 * the request's zone), acquisition and retention (connected orders, new versus existing
 * customers), and the duration metrics unless only their mean is wanted (a series' headline);
 * a tag slice (tags are not a rollup key);</li>
 * <li>surveys: a tag slice.</li>
 * </ul>
 * Refunds, returns, chargebacks, reprocesses, cancels and logins always roll up.
 */
final class RollupPlan {

    private static final Set<String> CUSTOMER_METRICS = Set.of("cltv", "arpa", "repurchaseRate", "timeToValue");
    private static final Set<String> CONVERSATION_FACT_METRICS = Set.of("onTimeRate", "agentCapacity",
            "acquisitionRevenue", "acquisitionRate", "retentionRevenue", "retentionRate");
    private static final Set<String> DURATION_METRICS = Set.of("firstResponseTime", "resolutionTime", "handleTime");

    private RollupPlan() {
    }

    static Set<Source> rolled(Set<String> metrics, Set<Scope> scopes, boolean headlineOnly) {
        Set<Source> rolled = EnumSet.of(Source.REFUNDS, Source.RETURNS, Source.CHARGEBACKS, Source.REPROCESSES,
                Source.CANCELS, Source.LOGINS);
        if (metrics.stream().noneMatch(CUSTOMER_METRICS::contains)) {
            rolled.add(Source.CREATED_ORDERS);
        }
        boolean tagSlice = scopes.stream()
                .anyMatch(s -> s.slice() != null && s.slice().dimension() == Scope.Slice.Dimension.TAG);
        if (!tagSlice) {
            rolled.add(Source.SURVEYS);
            if (metrics.stream().noneMatch(CONVERSATION_FACT_METRICS::contains)
                    && (headlineOnly || metrics.stream().noneMatch(DURATION_METRICS::contains))) {
                rolled.add(Source.CONVERSATIONS);
            }
        }
        return rolled;
    }
}
