package app.frontline.metric;

import app.frontline.period.Granularity.Bucket;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Sends each fact to the tallies it counts in: the store's, its team's and its agent's (those that
 * were asked for), in the bucket its time falls in. The store is always tallied: shares such as
 * csrOrdersShare divide by it.
 */
final class Router {

    private final Map<Scope, Tally[]> tallies = new HashMap<>();
    private final long[] bucketStarts;
    private final long end;

    Router(Facts facts, List<Bucket> buckets, Set<Scope> scopes) {
        bucketStarts = buckets.stream().mapToLong(b -> b.span().start().toEpochMilli()).toArray();
        end = buckets.getLast().span().end().toEpochMilli();
        tallies.put(Scope.STORE, newTallies(buckets.size()));
        scopes.forEach(scope -> tallies.computeIfAbsent(scope, s -> newTallies(buckets.size())));
    }

    Map<Scope, Tally[]> tallies() {
        return tallies;
    }

    void each(@Nullable String team, @Nullable String agent, Instant at, Consumer<Tally> update) {
        int bucket = bucket(at.toEpochMilli());
        if (bucket < 0) {
            return;
        }
        update.accept(tallies.get(Scope.STORE)[bucket]);
        if (team != null) {
            Tally[] teamTallies = tallies.get(Scope.team(team));
            if (teamTallies != null) {
                update.accept(teamTallies[bucket]);
            }
        }
        if (agent != null) {
            Tally[] agentTallies = tallies.get(Scope.agent(agent));
            if (agentTallies != null) {
                update.accept(agentTallies[bucket]);
            }
        }
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
