package app.frontline.metric.engine;

import app.frontline.metric.KpiService;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.MetricDefinition;
import app.frontline.metric.Scope;
import app.frontline.metric.SeriesPoint;
import app.frontline.metric.measure.Fact;
import app.frontline.metric.measure.Measures;
import app.frontline.metric.store.FactCursor;
import app.frontline.metric.store.FactStore;
import app.frontline.metric.store.LiveFacts;
import app.frontline.period.BusinessCalendar;
import app.frontline.period.Granularity;
import app.frontline.period.Granularity.Bucket;
import app.frontline.period.Period;
import app.frontline.team.TeamCalendars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The KPI service over the live facts: results shared while current, the rest computed in one
 * pass per call. Before the facts' first build is ready, a call reads a fresh copy of the store (the
 * raw path): the same computation over facts loaded for it alone.
 */
@Service
class EngineKpiService implements KpiService {

    private final LiveFacts facts;
    private final MongoTemplate mongo;
    private final TeamCalendars calendars;
    private final SharedResults shared = new SharedResults(20_000);

    EngineKpiService(LiveFacts facts, MongoTemplate mongo, TeamCalendars calendars) {
        this.facts = facts;
        this.mongo = mongo;
        this.calendars = calendars;
    }

    @Override
    public Map<Scope, Map<String, @Nullable Object>> compute(Period period, Set<Scope> scopes, Set<String> metrics) {
        Map<Scope, Map<String, @Nullable Object[]>> values = values(period, null, scopes, metrics, false);
        Map<Scope, Map<String, @Nullable Object>> result = new LinkedHashMap<>();
        values.forEach((scope, byMetric) -> {
            Map<String, @Nullable Object> single = new LinkedHashMap<>();
            for (String metric : metrics) {
                single.put(metric, byMetric.get(metric)[0]);
            }
            result.put(scope, single);
        });
        return result;
    }

    @Override
    public Map<Scope, List<SeriesPoint>> series(Period period, Granularity granularity, Set<Scope> scopes,
            String metric) {
        Map<Scope, List<SeriesPoint>> result = new LinkedHashMap<>();
        series(period, granularity, scopes, Set.of(metric)).forEach((scope, byMetric) -> result.put(scope,
                byMetric.get(metric)));
        return result;
    }

    @Override
    public Map<Scope, Map<String, List<SeriesPoint>>> series(Period period, Granularity granularity,
            Set<Scope> scopes, Set<String> metrics) {
        List<Bucket> buckets = granularity.buckets(period);
        Map<Scope, Map<String, List<SeriesPoint>>> result = new LinkedHashMap<>();
        values(period, granularity, scopes, metrics, false).forEach((scope, byMetric) -> {
            Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
            for (String metric : metrics) {
                Object[] perBucket = byMetric.get(metric);
                List<SeriesPoint> points = new ArrayList<>(buckets.size());
                for (int i = 0; i < buckets.size(); i++) {
                    points.add(new SeriesPoint(buckets.get(i).start(), buckets.get(i).span(),
                            KpiService.headline(metric, perBucket[i])));
                }
                series.put(metric, points);
            }
            result.put(scope, series);
        });
        return result;
    }

    @Override
    public List<String> tags(Period period, Scope scope) {
        return facts.ready() ? facts.read(store -> tags(store, period, scope))
                : tags(LiveFacts.load(mongo, n -> { }), period, scope);
    }

    private static List<String> tags(FactStore store, Period period, Scope scope) {
        Set<Integer> codes = new TreeSet<>();
        FactCursor cursor = FactCursor.over(store, Fact.CONVERSATION, new long[0], null);
        int team = scope.kind() == Scope.Kind.TEAM ? store.teamCode(scope.id()) : -1;
        int agent = scope.kind() == Scope.Kind.AGENT ? store.agentCode(scope.id()) : -1;
        if (scope.kind() != Scope.Kind.STORE && team < 0 && agent < 0) {
            return List.of();
        }
        Routes slice = new Routes(store, List.of(scope.slice() == null ? Scope.STORE : Scope.STORE.within(scope.slice())));
        store.forEach(Fact.CONVERSATION, period.start().toEpochMilli(), period.end().toEpochMilli(), row -> {
            cursor.at(row);
            if ((team < 0 || cursor.team() == team) && (agent < 0 || cursor.agent() == agent)
                    && (!slice.sliced(0) || slice.matches(0, cursor))) {
                store.tagCodesOf(row, codes::add);
            }
        });
        return codes.stream().map(store::tagName).sorted().toList();
    }

    /**
     * The values per scope and metric, one per bucket ({@code granularity} null: the whole period).
     * {@code raw}: computed from a fresh copy of the store, sharing nothing.
     */
    Map<Scope, Map<String, @Nullable Object[]>> values(Period period, @Nullable Granularity granularity,
            Set<Scope> scopes, Set<String> metrics, boolean raw) {
        List<Computation.Wanted> wanted = metrics.stream().map(EngineKpiService::wanted).toList();
        List<Bucket> buckets = granularity == null ? List.of(new Bucket(period.from(), period))
                : granularity.buckets(period);
        boolean business = metrics.stream().anyMatch(m -> m.endsWith(BUSINESS_HOURS));
        TeamCalendars.Calendars byTeam = business ? calendars.all() : null;
        if (raw || !facts.ready()) {
            FactStore fresh = LiveFacts.load(mongo, n -> { });
            Computation c = new Computation(fresh, period, buckets, scopes, wanted, calendars(fresh, byTeam)).run();
            Map<Scope, Map<String, @Nullable Object[]>> result = new LinkedHashMap<>();
            scopes.forEach(s -> result.put(s, c.values(s)));
            return result;
        }
        boolean customers = wanted.stream().flatMap(w -> w.formula().measures().stream())
                .anyMatch(Measures.CUSTOMER_DEPENDENT::contains);
        boolean links = wanted.stream().flatMap(w -> w.formula().measures().stream())
                .anyMatch(m -> m.fact() == Fact.SURVEY);
        return facts.read(store -> {
            long from = period.start().toEpochMilli();
            long to = period.end().toEpochMilli();
            Map<Scope, Map<String, @Nullable Object[]>> result = new LinkedHashMap<>();
            Set<Scope> missing = new LinkedHashSet<>();
            for (Scope scope : scopes) {
                SharedResults.Entry entry = shared.get(SharedResults.Key.of(period, granularity, scope));
                if (entry != null && entry.covers(metrics)
                        && !store.changedSince(entry.version(), from, to, entry.customers(), entry.links())) {
                    result.put(scope, entry.values());
                } else {
                    missing.add(scope);
                }
            }
            if (!missing.isEmpty()) {
                long version = store.version();
                Computation c = new Computation(store, period, buckets, missing, wanted, calendars(store, byTeam)).run();
                for (Scope scope : missing) {
                    SharedResults.Key key = SharedResults.Key.of(period, granularity, scope);
                    SharedResults.Entry fresh = new SharedResults.Entry(version, customers, links, c.values(scope));
                    SharedResults.Entry old = shared.get(key);
                    boolean oldCurrent = old != null
                            && !store.changedSince(old.version(), from, to, old.customers(), old.links());
                    shared.put(key, oldCurrent ? old.merged(fresh) : fresh);
                    result.put(scope, fresh.values());
                }
            }
            Map<Scope, Map<String, @Nullable Object[]>> ordered = new LinkedHashMap<>();
            scopes.forEach(s -> ordered.put(s, result.get(s)));
            return ordered;
        });
    }

    private static Computation.Wanted wanted(String key) {
        boolean business = key.endsWith(BUSINESS_HOURS);
        MetricDefinition definition = MetricCatalogue.get(
                business ? key.substring(0, key.length() - BUSINESS_HOURS.length()) : key);
        return new Computation.Wanted(key, definition, definition.computation(business));
    }

    private static @Nullable IntFunction<BusinessCalendar> calendars(FactStore store,
            TeamCalendars.@Nullable Calendars byTeam) {
        if (byTeam == null) {
            return null;
        }
        Map<Integer, BusinessCalendar> byCode = new HashMap<>();
        return code -> byCode.computeIfAbsent(code, c -> byTeam.of(c < 0 ? null : store.teamName(c)));
    }
}
