package app.frontline.metric;

import app.frontline.metric.Facts.ConnectedOrder;
import app.frontline.metric.Facts.Conversation;
import app.frontline.metric.Facts.CreatedOrder;
import app.frontline.metric.Facts.Login;
import app.frontline.metric.Facts.OrderAction;
import app.frontline.metric.Facts.Survey;
import app.frontline.period.Granularity;
import app.frontline.period.Granularity.Bucket;
import app.frontline.period.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Computes any selection of catalogue metrics for many scopes at once: the facts the selection
 * needs are read once for all scopes, then tallied per scope (and per bucket for a series) in one
 * pass. Values follow shared/metrics.md: a ratio with a zero denominator is null, rates are
 * percentages, money is BigDecimal, durations are seconds.
 */
@Service
public class KpiService {

    /** Where a computation reads its facts: the in-memory index and its rollups, or the store itself. */
    enum Engine { ROLLUP, RAW }

    private final FactLoader loader;
    private final FactIndex index;
    private volatile Engine engine;

    KpiService(FactLoader loader, FactIndex index,
            @Value("${frontline.metrics.engine:rollup}") String engine) {
        this.loader = loader;
        this.index = index;
        this.engine = Engine.valueOf(engine.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** Switches the engine at run time (the dashboard benchmark compares both in one run). */
    void useEngine(Engine engine) {
        this.engine = engine;
    }

    /** The rollups when configured and built; the raw path otherwise (while they build, for one). */
    private Engine engine() {
        return engine == Engine.ROLLUP && index.ready() ? Engine.ROLLUP : Engine.RAW;
    }

    /** One value per requested metric (null where undefined) for each scope. */
    public Map<Scope, Map<String, @Nullable Object>> compute(Period period, Set<Scope> scopes, Set<String> metrics) {
        return compute(period, scopes, metrics, new FactsMemo());
    }

    Map<Scope, Map<String, @Nullable Object>> compute(Period period, Set<Scope> scopes, Set<String> metrics,
            FactsMemo memo) {
        return compute(period, scopes, metrics, memo, engine());
    }

    Map<Scope, Map<String, @Nullable Object>> compute(Period period, Set<Scope> scopes, Set<String> metrics,
            FactsMemo memo, Engine engine) {
        Bucket whole = new Bucket(period.from(), period);
        Tallies tallies = tally(period, List.of(whole), scopes, metrics, memo, false, engine);
        Map<Scope, Map<String, @Nullable Object>> result = new LinkedHashMap<>();
        for (Scope scope : scopes) {
            Map<String, @Nullable Object> values = new LinkedHashMap<>();
            for (String metric : metrics) {
                values.put(metric, value(metric, scope, tallies, 0, period));
            }
            result.put(scope, values);
        }
        return result;
    }

    /** The metric's headline value per bucket of the period, for each scope. */
    public Map<Scope, List<SeriesPoint>> series(Period period, Granularity granularity, Set<Scope> scopes,
            String metric) {
        return series(period, granularity, scopes, metric, new FactsMemo());
    }

    Map<Scope, List<SeriesPoint>> series(Period period, Granularity granularity, Set<Scope> scopes, String metric,
            FactsMemo memo) {
        return series(period, granularity, scopes, metric, memo, engine());
    }

    Map<Scope, List<SeriesPoint>> series(Period period, Granularity granularity, Set<Scope> scopes, String metric,
            FactsMemo memo, Engine engine) {
        List<Bucket> buckets = granularity.buckets(period);
        Tallies tallies = tally(period, buckets, scopes, Set.of(metric), memo, true, engine);
        Map<Scope, List<SeriesPoint>> result = new LinkedHashMap<>();
        for (Scope scope : scopes) {
            List<SeriesPoint> points = new ArrayList<>();
            for (int i = 0; i < buckets.size(); i++) {
                Object value = value(metric, scope, tallies, i, buckets.get(i).span());
                points.add(new SeriesPoint(buckets.get(i).start(), buckets.get(i).span(), headline(metric, value)));
            }
            result.put(scope, points);
        }
        return result;
    }

    /** The tags of the scope's conversations in the period: the rows of a tag breakdown. */
    public List<String> tags(Period period, Scope scope) {
        return loader.tags(period.start(), period.end(), scope);
    }

    /** A metric's single number: the mean of a duration (the median for time to value). */
    public static @Nullable Double headline(String metric, @Nullable Object value) {
        return switch (value) {
            case null -> null;
            case DurationStats stats -> "timeToValue".equals(metric) ? stats.median() : stats.mean();
            case Number number -> number.doubleValue();
            default -> throw new IllegalStateException("not a number: " + value);
        };
    }

    /**
     * Tallies the metrics per scope and bucket. On the rollup engine, the sources {@link RollupPlan}
     * allows are read as hourly sums for the hours that lie wholly in one bucket; everything else,
     * as facts. {@code headlineOnly}: only each metric's headline number is wanted (a series).
     */
    private Tallies tally(Period period, List<Bucket> buckets, Set<Scope> scopes, Set<String> metrics,
            FactsMemo memo, boolean headlineOnly, Engine engine) {
        Set<Source> sources = Source.of(metrics);
        Router router = new Router(buckets, scopes);
        Facts facts;
        if (engine == Engine.ROLLUP) {
            Set<Source> rolled = RollupPlan.rolled(metrics, scopes, headlineOnly);
            Facts.Directory directory = memo.directory(loader::directory);
            // a store-wide request reads each hour's sums over all keys (unless it needs who logged in)
            boolean totals = scopes.equals(Set.of(Scope.STORE)) && !metrics.contains("avgLoginsPerDay");
            facts = index.facts(period.start(), period.end(), directory, sources, rolled, router::wholeHour, totals,
                    new Cells(router, directory, rolled.contains(Source.CREATED_ORDERS)));
        } else {
            facts = memo.get(period, sources,
                    (base, have, wanted) -> loader.extend(period.start(), period.end(), base, have, wanted));
        }
        ZoneId zone = period.zone();
        boolean capacity = metrics.contains("agentCapacity");
        // what only some metrics need: a hash lookup or a set insert per order is not free
        boolean newCustomers = metrics.contains("cltv") || metrics.contains("timeToValue");
        boolean distinctCustomers = metrics.contains("arpa") || metrics.contains("repurchaseRate");

        for (CreatedOrder o : facts.createdOrders()) {
            boolean initial = newCustomers && facts.isNewCustomerOrder(o.customerKey(), o.createdAt());
            router.each(facts.directory().teamOf(o.agent()), o.agent(), o.createdAt(), t -> {
                t.orders++;
                if (o.agent() != null) {
                    t.csrOrders++;
                }
                t.revenue = t.revenue.add(o.total());
                t.cogs = t.cogs.add(o.cogs());
                t.rebillDiscount = t.rebillDiscount.add(o.rebillDiscount());
                t.retryDiscount = t.retryDiscount.add(o.retryDiscount());
                if (distinctCustomers) {
                    t.customers.add(o.customerKey());
                }
                if (initial) {
                    t.initialOrders++;
                    if (o.deliveredAt() != null) {
                        t.timeToValue.add(FactIndex.millis(o.createdAt(), o.deliveredAt()));
                    }
                }
            });
        }
        for (OrderAction a : facts.actions()) {
            router.each(facts.directory().teamOf(a.agent()), a.agent(), a.at(), t -> {
                switch (a.kind()) {
                    case REFUND -> {
                        t.refunds++;
                        t.refunded = t.refunded.add(a.amount());
                    }
                    case RETURN -> t.returns++;
                    case RMA_RETURN -> {
                        t.returns++;
                        t.rmas++;
                    }
                    case CHARGEBACK -> {
                        t.chargebacks++;
                        t.chargebackLost = t.chargebackLost.add(a.amount());
                    }
                    case REPROCESS -> t.reprocesses++;
                    case CANCEL -> t.cancels++;
                }
            });
        }
        for (Login l : facts.logins()) {
            router.each(facts.directory().teamOf(l.agent()), l.agent(), l.at(), t -> {
                t.logins++;
                t.loginAgents.add(l.agent());
            });
        }
        for (Conversation c : facts.conversations()) {
            int sla = facts.directory().slaMinutes().getOrDefault(c.team(), 60);
            List<ConnectedOrder> connected = facts.connectedOrders().getOrDefault(c.id(), List.of());
            BigDecimal newRevenue = BigDecimal.ZERO;
            BigDecimal existingRevenue = BigDecimal.ZERO;
            boolean hasNew = false;
            boolean hasExisting = false;
            for (ConnectedOrder o : connected) {
                if (facts.isNewCustomerOrder(o.customerKey(), o.createdAt())) {
                    hasNew = true;
                    newRevenue = newRevenue.add(o.total());
                } else {
                    hasExisting = true;
                    existingRevenue = existingRevenue.add(o.total());
                }
            }
            boolean handled = c.firstReplyAt() != null || c.resolvedAt() != null;
            // the agent-day pairs only agent capacity counts: a string per conversation is not free
            String agentDay = c.agent() == null || !capacity ? null
                    : c.agent() + "|" + LocalDate.ofInstant(c.createdAt(), zone);
            boolean acquired = hasNew;
            boolean retained = hasExisting;
            BigDecimal acquisition = newRevenue;
            BigDecimal retention = existingRevenue;
            router.each(c.team(), c.agent(), c.channel(), c.tags(), c.createdAt(), t -> {
                t.conversations++;
                if (c.firstReplyAt() != null) {
                    t.replied++;
                    long millis = FactIndex.millis(c.createdAt(), c.firstReplyAt());
                    t.firstResponse.add(millis);
                    if (millis <= sla * 60_000L) {
                        t.onTime++;
                    }
                }
                if (c.resolvedAt() != null) {
                    t.resolution.add(FactIndex.millis(c.createdAt(), c.resolvedAt()));
                }
                if (c.archived()) {
                    t.archived++;
                }
                if (c.handleMillis() != null) {
                    t.handle.add(c.handleMillis());
                }
                if (c.rating() != null) {
                    switch (c.rating()) {
                        case "happy" -> t.happy++;
                        case "neutral" -> t.neutral++;
                        case "sad" -> t.sad++;
                        default -> { }
                    }
                }
                if (acquired) {
                    t.acquisitionConversations++;
                }
                if (retained) {
                    t.retentionConversations++;
                }
                t.acquisitionRevenue = t.acquisitionRevenue.add(acquisition);
                t.retentionRevenue = t.retentionRevenue.add(retention);
                t.upsellMade += c.upsellMade();
                t.upsellAccepted += c.upsellAccepted();
                t.crossSellMade += c.crossSellMade();
                t.crossSellAccepted += c.crossSellAccepted();
                if (handled && c.agent() != null) {
                    t.handledByAgents++;
                    if (agentDay != null) {
                        t.agentDays.add(agentDay);
                    }
                }
            });
        }
        for (Survey s : facts.surveys()) {
            router.each(s.team(), s.agent(), s.channel(), s.tags(), s.at(), t -> {
                switch (s.kind()) {
                    case "csat" -> {
                        t.csatAnswers++;
                        if (s.score() >= 4) {
                            t.csatSatisfied++;
                        }
                    }
                    case "ces" -> {
                        t.cesAnswers++;
                        t.cesSum += s.score();
                    }
                    case "nps" -> {
                        t.npsAnswers++;
                        if (s.score() >= 9) {
                            t.promoters++;
                        } else if (s.score() <= 6) {
                            t.detractors++;
                        }
                    }
                    case "cx" -> {
                        t.cxAnswers++;
                        t.cxSum += s.score();
                    }
                    default -> { }
                }
            });
        }
        if (!facts.customerHistory().isEmpty()) {
            router.tallies().values().forEach(perBucket -> {
                for (int i = 0; i < perBucket.length; i++) {
                    Instant end = buckets.get(i).span().end();
                    Tally t = perBucket[i];
                    t.repurchasers = (int) t.customers.stream().filter(c -> facts.repurchased(c, end)).count();
                }
            });
        }
        return new Tallies(router.tallies(), agentsInScope(facts, scopes));
    }

    /** Per scope, one tally per bucket; and the agents each scope counts for per-agent averages. */
    private record Tallies(Map<Scope, Tally[]> byScope, Map<Scope, Set<String>> agentsInScope) {
    }

    private static Map<Scope, Set<String>> agentsInScope(Facts facts, Set<Scope> scopes) {
        Map<Scope, Set<String>> result = new HashMap<>();
        for (Scope scope : scopes.stream().map(Scope::whole).collect(java.util.stream.Collectors.toSet())) {
            Set<String> agents = new HashSet<>();
            for (String agent : facts.directory().activeAgents()) {
                if (scope.kind() == Scope.Kind.STORE
                        || scope.kind() == Scope.Kind.TEAM && scope.id().equals(facts.directory().teamOf(agent))
                        || scope.kind() == Scope.Kind.AGENT && scope.id().equals(agent)) {
                    agents.add(agent);
                }
            }
            result.put(scope, agents);
        }
        return result;
    }

    private @Nullable Object value(String metric, Scope scope, Tallies tallies, int bucket, Period span) {
        if (scope.slice() != null && !Source.conversational(metric)) {
            return null;
        }
        Tally t = tallies.byScope().get(scope)[bucket];
        Tally store = tallies.byScope().get(Scope.STORE)[bucket];
        return switch (metric) {
            case "orders" -> t.orders;
            case "csrOrders" -> t.csrOrders;
            case "csrOrdersShare" -> Tally.percent(t.csrOrders, store.orders);
            case "revenue" -> t.revenue;
            case "aov" -> Tally.money(t.revenue, t.orders);
            case "refundCount" -> t.refunds;
            case "refundRate" -> Tally.percent(t.refunds, t.orders);
            case "refundedRevenue" -> t.refunded;
            case "refundedRevenueRate" -> Tally.percent(t.refunded, t.revenue);
            case "returnCount" -> t.returns;
            case "rmaCount" -> t.rmas;
            case "chargebackCount" -> t.chargebacks;
            case "chargebackLostRevenue" -> t.chargebackLost;
            case "reprocessCount" -> t.reprocesses;
            case "cancelCount" -> t.cancels;
            case "cancelRate" -> Tally.percent(t.cancels, t.orders);
            case "rebillDiscountTotal" -> t.rebillDiscount;
            case "retryDiscountTotal" -> t.retryDiscount;
            case "cltv" -> Tally.money(t.revenue.subtract(t.cogs), t.initialOrders);
            case "loginCount" -> t.logins;
            case "avgLoginsPerDay" -> {
                Set<String> agents = new HashSet<>(tallies.agentsInScope().get(scope.whole()));
                agents.addAll(t.loginAgents);
                yield Tally.ratio(t.logins, (long) span.days() * agents.size());
            }
            case "conversations" -> t.conversations;
            case "replied" -> t.replied;
            case "archived" -> t.archived;
            case "onTimeRate" -> Tally.percent(t.onTime, t.replied);
            case "happy" -> t.happy;
            case "neutral" -> t.neutral;
            case "sad" -> t.sad;
            case "acquisitionRevenue" -> t.acquisitionRevenue;
            case "acquisitionRate" -> Tally.percent(t.acquisitionConversations, t.conversations);
            case "retentionRevenue" -> t.retentionRevenue;
            case "retentionRate" -> Tally.percent(t.retentionConversations, t.conversations);
            case "upsellRate" -> Tally.percent(t.upsellAccepted, t.upsellMade);
            case "crossSellRate" -> Tally.percent(t.crossSellAccepted, t.crossSellMade);
            case "firstResponseTime" -> t.firstResponse.stats();
            case "resolutionTime" -> t.resolution.stats();
            case "handleTime" -> t.handle.stats();
            case "agentCapacity" -> Tally.ratio(t.handledByAgents, t.agentDays.size());
            case "csat" -> Tally.percent(t.csatSatisfied, t.csatAnswers);
            case "ces" -> Tally.ratio(t.cesSum, t.cesAnswers);
            case "nps" -> t.npsAnswers == 0 ? null
                    : Tally.percent(t.promoters, t.npsAnswers) - Tally.percent(t.detractors, t.npsAnswers);
            case "cxRating" -> Tally.ratio(t.cxSum, t.cxAnswers);
            case "arpa" -> Tally.money(t.revenue, t.customers.size());
            case "repurchaseRate" -> Tally.percent(t.repurchasers, t.customers.size());
            case "timeToValue" -> t.timeToValue.stats();
            default -> throw new IllegalArgumentException("no metric '" + metric + "'");
        };
    }

    /** Adds an hour's rollups to the tallies of the scopes and the bucket it counts in. */
    private record Cells(Router router, Facts.Directory directory, boolean createdOrders) implements FactIndex.CellSink {

        @Override
        public void order(FactIndex.Hour hour, @Nullable String agent, FactIndex.OrderCell cell) {
            long[] n = cell.counts;
            BigDecimal[] m = cell.money;
            router.each(directory.teamOf(agent), agent, Instant.ofEpochMilli(hour.start), t -> {
                if (createdOrders) {
                    t.orders += (int) n[FactIndex.ORDERS];
                    t.csrOrders += (int) n[FactIndex.CSR_ORDERS];
                    t.revenue = t.revenue.add(m[FactIndex.REVENUE]);
                    t.cogs = t.cogs.add(m[FactIndex.COGS]);
                    t.rebillDiscount = t.rebillDiscount.add(m[FactIndex.REBILL]);
                    t.retryDiscount = t.retryDiscount.add(m[FactIndex.RETRY]);
                }
                t.refunds += (int) n[FactIndex.REFUNDS];
                t.refunded = t.refunded.add(m[FactIndex.REFUNDED]);
                t.returns += (int) n[FactIndex.RETURNS];
                t.rmas += (int) n[FactIndex.RMAS];
                t.chargebacks += (int) n[FactIndex.CHARGEBACKS];
                t.chargebackLost = t.chargebackLost.add(m[FactIndex.CHARGEBACK_LOST]);
                t.reprocesses += (int) n[FactIndex.REPROCESSES];
                t.cancels += (int) n[FactIndex.CANCELS];
                t.logins += (int) n[FactIndex.LOGINS];
                if (n[FactIndex.LOGINS] > 0 && agent != null) {
                    t.loginAgents.add(agent);
                }
            });
        }

        @Override
        public void conversation(FactIndex.Hour hour, FactIndex.Key key, long[] s) {
            router.each(key.team(), key.agent(), key.channel(), List.of(), Instant.ofEpochMilli(hour.start), t -> {
                t.conversations += (int) s[FactIndex.CONVERSATIONS];
                t.replied += (int) s[FactIndex.REPLIED];
                t.archived += (int) s[FactIndex.ARCHIVED];
                t.happy += (int) s[FactIndex.HAPPY];
                t.neutral += (int) s[FactIndex.NEUTRAL];
                t.sad += (int) s[FactIndex.SAD];
                t.upsellMade += (int) s[FactIndex.UPSELL_MADE];
                t.upsellAccepted += (int) s[FactIndex.UPSELL_ACCEPTED];
                t.crossSellMade += (int) s[FactIndex.CROSS_MADE];
                t.crossSellAccepted += (int) s[FactIndex.CROSS_ACCEPTED];
                t.firstResponse.addSum(s[FactIndex.FRT_N], s[FactIndex.FRT_SUM]);
                t.resolution.addSum(s[FactIndex.RES_N], s[FactIndex.RES_SUM]);
                t.handle.addSum(s[FactIndex.HANDLE_N], s[FactIndex.HANDLE_SUM]);
            });
        }

        @Override
        public void survey(FactIndex.Hour hour, FactIndex.Key key, long[] s) {
            router.each(key.team(), key.agent(), key.channel(), List.of(), Instant.ofEpochMilli(hour.start), t -> {
                t.csatAnswers += (int) s[FactIndex.CSAT_N];
                t.csatSatisfied += (int) s[FactIndex.CSAT_OK];
                t.cesAnswers += (int) s[FactIndex.CES_N];
                t.cesSum += s[FactIndex.CES_SUM];
                t.npsAnswers += (int) s[FactIndex.NPS_N];
                t.promoters += (int) s[FactIndex.PROMOTERS];
                t.detractors += (int) s[FactIndex.DETRACTORS];
                t.cxAnswers += (int) s[FactIndex.CX_N];
                t.cxSum += s[FactIndex.CX_SUM];
            });
        }
    }
}
