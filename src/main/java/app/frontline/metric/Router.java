package app.frontline.metric;

import app.frontline.metric.Scope.Slice;
import app.frontline.period.Granularity.Bucket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Sends each fact to the tallies it counts in: the store's, its team's and its agent's (those that
 * were asked for), each also in the channel and tag slices asked for, in the bucket its time falls
 * in. The whole store is always tallied: shares such as csrOrdersShare divide by it.
 */
final class Router {

    private final Map<Scope, Tally[]> tallies = new HashMap<>();
    private final Map<Scope, List<Slice>> slicesOf = new HashMap<>();
    /** A scope's own tallies and its slices', found by team or agent id without building a Scope per fact. */
    private record Targets(Tally @org.jspecify.annotations.Nullable [] whole, List<Map.Entry<Slice, Tally[]>> slices) {
    }

    private final Targets store;
    private final Map<String, Targets> teams = new HashMap<>();
    private final Map<String, Targets> agents = new HashMap<>();
    private final long[] bucketStarts;
    private final long end;

    Router(List<Bucket> buckets, Set<Scope> scopes) {
        bucketStarts = buckets.stream().mapToLong(b -> b.span().start().toEpochMilli()).toArray();
        end = buckets.getLast().span().end().toEpochMilli();
        tallies.put(Scope.STORE, newTallies(buckets.size()));
        for (Scope scope : scopes) {
            tallies.computeIfAbsent(scope, s -> newTallies(buckets.size()));
            if (scope.slice() != null) {
                slicesOf.computeIfAbsent(scope.whole(), s -> new ArrayList<>()).add(scope.slice());
            }
        }
        store = targets(Scope.STORE);
        for (Scope scope : scopes) {
            Scope whole = scope.whole();
            switch (whole.kind()) {
                case TEAM -> teams.computeIfAbsent(whole.id(), id -> targets(whole));
                case AGENT -> agents.computeIfAbsent(whole.id(), id -> targets(whole));
                case STORE -> { }
            }
        }
    }

    private Targets targets(Scope whole) {
        List<Map.Entry<Slice, Tally[]>> slices = new ArrayList<>();
        for (Slice slice : slicesOf.getOrDefault(whole, List.of())) {
            slices.add(Map.entry(slice, tallies.get(whole.within(slice))));
        }
        return new Targets(tallies.get(whole), slices);
    }

    Map<Scope, Tally[]> tallies() {
        return tallies;
    }

    /** A fact without channel or tags: an order, an order action, a login. */
    void each(@Nullable String team, @Nullable String agent, Instant at, Consumer<Tally> update) {
        each(team, agent, null, List.of(), at, update);
    }

    /** A conversation, or a survey through its conversation. */
    void each(@Nullable String team, @Nullable String agent, @Nullable String channel, List<String> tags,
            Instant at, Consumer<Tally> update) {
        int bucket = bucket(at.toEpochMilli());
        if (bucket < 0) {
            return;
        }
        route(store, channel, tags, bucket, update);
        if (team != null && !teams.isEmpty()) {
            route(teams.get(team), channel, tags, bucket, update);
        }
        if (agent != null && !agents.isEmpty()) {
            route(agents.get(agent), channel, tags, bucket, update);
        }
    }

    private static void route(@Nullable Targets targets, @Nullable String channel, List<String> tags, int bucket,
            Consumer<Tally> update) {
        if (targets == null) {
            return;
        }
        if (targets.whole() != null) {
            update.accept(targets.whole()[bucket]);
        }
        for (Map.Entry<Slice, Tally[]> slice : targets.slices()) {
            boolean in = switch (slice.getKey().dimension()) {
                case CHANNEL -> slice.getKey().value().equals(channel);
                case TAG -> tags.contains(slice.getKey().value());
            };
            if (in) {
                update.accept(slice.getValue()[bucket]);
            }
        }
    }

    /** Whether the UTC hour starting at {@code start} lies wholly inside one bucket. */
    boolean wholeHour(long start) {
        int first = bucket(start);
        return first >= 0 && first == bucket(start + FactIndex.HOUR - 1);
    }

    private int bucket(long at) {
        if (at < bucketStarts[0] || at >= end) {
            return -1;
        }
        int index = Arrays.binarySearch(bucketStarts, at);
        return index >= 0 ? index : -index - 2;
    }

    private static Tally[] newTallies(int n) {
        Tally[] array = new Tally[n];
        for (int i = 0; i < n; i++) {
            array[i] = new Tally();
        }
        return array;
    }
}
