package app.frontline.metric.engine;

import app.frontline.metric.DurationStats;
import app.frontline.metric.MetricDefinition;
import app.frontline.metric.Scope;
import app.frontline.metric.measure.Aggregation;
import app.frontline.metric.measure.Fact;
import app.frontline.metric.measure.Formula;
import app.frontline.metric.measure.Measure;
import app.frontline.metric.measure.Tallied;
import app.frontline.metric.store.FactCursor;
import app.frontline.metric.store.FactStore;
import app.frontline.period.BusinessCalendar;
import app.frontline.period.Granularity.Bucket;
import app.frontline.period.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * One request's computation over a {@link FactStore}: every scope and bucket at once, one pass per
 * kind of fact over the period's rows. Each row's measures are evaluated once, then added to the
 * aggregates of every scope it counts in (the store, its team, its agent, the slices it matches)
 * in the bucket its time falls in. The caller holds the store's read lock.
 */
final class Computation {

    /** A requested metric: its key (with the business-hours suffix for a variant) and its formula. */
    record Wanted(String key, MetricDefinition definition, Formula formula) {
    }

    private final FactStore store;
    private final List<Bucket> buckets;
    private final long[] bucketStarts;
    private final long start;
    private final long end;
    private final List<Scope> scopes = new ArrayList<>();
    private final List<Wanted> wanted;
    private final Map<Measure<?>, Integer> slots = new HashMap<>();
    private final Map<Fact, List<Measure<?>>> byFact = new EnumMap<>(Fact.class);
    private final int sumSlots;
    private final int valueSlots;
    private final int distinctSlots;
    private final long[] sums;
    private final LongList[] values;
    private final LongList[] distinct;
    private final long[][] distinctDone;
    private final Routes routes;
    private final long[] dayStarts;
    private final @Nullable IntFunction<BusinessCalendar> calendars;
    private final Map<Scope, long[]> activeAgents = new HashMap<>();

    Computation(FactStore store, Period period, List<Bucket> buckets, Set<Scope> requested, List<Wanted> wanted,
            @Nullable IntFunction<BusinessCalendar> calendars) {
        this.store = store;
        this.buckets = buckets;
        this.wanted = wanted;
        this.calendars = calendars;
        bucketStarts = buckets.stream().mapToLong(b -> b.span().start().toEpochMilli()).toArray();
        start = period.start().toEpochMilli();
        end = period.end().toEpochMilli();
        scopes.add(Scope.STORE);
        for (Scope scope : requested) {
            if (!scope.equals(Scope.STORE)) {
                scopes.add(scope);
            }
        }
        Set<Measure<?>> measures = new LinkedHashSet<>();
        wanted.forEach(w -> measures.addAll(w.formula().measures()));
        int s = 0;
        int v = 0;
        int d = 0;
        for (Measure<?> m : measures) {
            slots.put(m, switch (m.aggregation()) {
                case COUNT, SUM, MONEY -> s++;
                case VALUES -> v++;
                case DISTINCT -> d++;
            });
            byFact.computeIfAbsent(m.fact(), f -> new ArrayList<>()).add(m);
        }
        sumSlots = s;
        valueSlots = v;
        distinctSlots = d;
        int tallies = scopes.size() * buckets.size();
        sums = new long[tallies * sumSlots];
        values = new LongList[tallies * valueSlots];
        distinct = new LongList[tallies * distinctSlots];
        distinctDone = new long[tallies * distinctSlots][];
        routes = new Routes(store, scopes);
        dayStarts = dayStarts(period);
    }

    private static long[] dayStarts(Period period) {
        List<Long> starts = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to().plusDays(1)); day = day.plusDays(1)) {
            starts.add(day.atStartOfDay(period.zone()).toInstant().toEpochMilli());
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Scans each kind of fact on its own core: each writes only its own measures' slots, so the
     * scans share the aggregate arrays without touching the same element.
     */
    Computation run() {
        if (byFact.size() == 1) {
            byFact.forEach(this::scan);
        } else {
            byFact.entrySet().parallelStream().forEach(e -> scan(e.getKey(), e.getValue()));
        }
        return this;
    }

    private void scan(Fact fact, List<Measure<?>> measures) {
        int n = measures.size();
        Measure<?>[] ms = measures.toArray(Measure<?>[]::new);
        int[] kind = new int[n];
        int[] slot = new int[n];
        for (int k = 0; k < n; k++) {
            kind[k] = ms[k].aggregation().ordinal();
            slot[k] = slots.get(ms[k]);
        }
        boolean[] pass = new boolean[n];
        long[] value = new long[n];
        FactCursor cursor = FactCursor.over(store, fact, dayStarts, calendars);
        boolean sliced = fact.sliced();
        int bucketCount = buckets.size();
        store.forEach(fact, start, end, row -> {
            cursor.at(row);
            boolean any = false;
            for (int k = 0; k < n; k++) {
                pass[k] = ms[k].test(cursor);
                if (pass[k]) {
                    // a count adds one whatever the value
                    value[k] = kind[k] == COUNT ? 1 : ms[k].valueOf(cursor);
                    any = true;
                }
            }
            if (!any) {
                return;
            }
            int bucket = bucket(cursor.time());
            for (int[] targets : routes.of(cursor)) {
                for (int target : targets) {
                    if (routes.sliced(target) && (!sliced || !routes.matches(target, cursor))) {
                        continue;
                    }
                    int tally = target * bucketCount + bucket;
                    for (int k = 0; k < n; k++) {
                        if (pass[k]) {
                            add(tally, kind[k], slot[k], value[k]);
                        }
                    }
                }
            }
        });
    }

    private static final int COUNT = Aggregation.COUNT.ordinal();
    private static final int SUM = Aggregation.SUM.ordinal();
    private static final int MONEY = Aggregation.MONEY.ordinal();
    private static final int VALUES = Aggregation.VALUES.ordinal();

    private void add(int tally, int kind, int slot, long value) {
        if (kind == COUNT || kind == SUM || kind == MONEY) {
            sums[tally * sumSlots + slot] += value;
        } else if (kind == VALUES) {
            int i = tally * valueSlots + slot;
            if (values[i] == null) {
                values[i] = new LongList();
            }
            values[i].add(value);
        } else {
            int i = tally * distinctSlots + slot;
            if (distinct[i] == null) {
                distinct[i] = new LongList();
            }
            distinct[i].add(value);
        }
    }

    private int bucket(long at) {
        if (bucketStarts.length == 1) {
            return 0;
        }
        int index = Arrays.binarySearch(bucketStarts, at);
        return index >= 0 ? index : -index - 2;
    }

    /** The scope's value of each wanted metric in each bucket. */
    Map<String, @Nullable Object[]> values(Scope scope) {
        int target = scopes.indexOf(scope);
        Map<String, @Nullable Object[]> result = new HashMap<>();
        for (Wanted w : wanted) {
            Object[] perBucket = new Object[buckets.size()];
            if (scope.slice() == null || w.definition().sliceable()) {
                for (int b = 0; b < buckets.size(); b++) {
                    perBucket[b] = exposed(w.formula().value(new View(target, b)));
                }
            }
            result.put(w.key(), perBucket);
        }
        return result;
    }

    private static @Nullable Object exposed(@Nullable Object value) {
        return value instanceof Formula.Durations d ? DurationStats.of(d.millis(), d.millis().length) : value;
    }

    /** One scope's aggregates in one bucket. */
    private final class View implements Tallied {
        private final int target;
        private final int bucket;
        private final int tally;

        View(int target, int bucket) {
            this.target = target;
            this.bucket = bucket;
            this.tally = target * buckets.size() + bucket;
        }

        @Override
        public long sum(Measure<?> measure) {
            return sums[tally * sumSlots + slots.get(measure)];
        }

        @Override
        public long[] values(Measure<?> measure) {
            LongList list = values[tally * valueSlots + slots.get(measure)];
            return list == null ? new long[0] : list.toArray();
        }

        @Override
        public long[] distinct(Measure<?> measure) {
            int i = tally * distinctSlots + slots.get(measure);
            if (distinctDone[i] == null) {
                distinctDone[i] = distinct[i] == null ? new long[0] : distinct[i].distinct();
            }
            return distinctDone[i];
        }

        @Override
        public Tallied store() {
            return new View(0, bucket);
        }

        @Override
        public int days() {
            return buckets.get(bucket).span().days();
        }

        @Override
        public int agentsWith(long[] agents) {
            long[] active = activeAgents.computeIfAbsent(scopes.get(target).whole(), this::active);
            int extra = 0;
            for (long agent : agents) {
                if (Arrays.binarySearch(active, agent) < 0) {
                    extra++;
                }
            }
            return active.length + extra;
        }

        private long[] active(Scope whole) {
            return Arrays.stream(store.activeAgents()).filter(a -> switch (whole.kind()) {
                case STORE -> true;
                case TEAM -> store.teamOf(a) >= 0 && store.teamOf(a) == store.teamCode(whole.id());
                case AGENT -> a == store.agentCode(whole.id());
            }).mapToLong(a -> a).sorted().toArray();
        }

        @Override
        public int repurchasers(long[] customers) {
            long bucketEnd = bucket + 1 < bucketStarts.length ? bucketStarts[bucket + 1] : end;
            int n = 0;
            for (long customer : customers) {
                if (store.repurchased((int) customer, bucketEnd)) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public int moneyScale() {
            return store.moneyScale();
        }
    }
}
