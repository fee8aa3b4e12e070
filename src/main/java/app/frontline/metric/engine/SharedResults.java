package app.frontline.metric.engine;

import app.frontline.metric.Scope;
import app.frontline.period.Granularity;
import app.frontline.period.Period;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Results shared between requests: a scope's values over a period (whole, or per bucket of a
 * series) with the store version they were computed at. An entry answers a later request only
 * while nothing it read has changed since (the days of its period, and the store-wide relations its
 * metrics depend on), so every manager opening the same dashboard costs one computation, and the
 * first request after an import that touches those days computes afresh: never a stale number.
 */
final class SharedResults {

    /** A period by its dates and zone (presets with the same dates share), cut whole or by a granularity. */
    record Key(LocalDate from, LocalDate to, ZoneId zone, @Nullable Granularity granularity, Scope scope) {

        static Key of(Period period, @Nullable Granularity granularity, Scope scope) {
            return new Key(period.from(), period.to(), period.zone(), granularity, scope);
        }
    }

    /** Values per metric key (one per bucket), valid at {@code version}. */
    record Entry(long version, boolean customers, boolean links, Map<String, @Nullable Object[]> values) {

        boolean covers(Set<String> keys) {
            return values.keySet().containsAll(keys);
        }

        Entry merged(Entry newer) {
            Map<String, @Nullable Object[]> all = new HashMap<>(values);
            all.putAll(newer.values);
            return new Entry(Math.min(version, newer.version), customers || newer.customers, links || newer.links, all);
        }
    }

    private final Cache<Key, Entry> cache;

    SharedResults(long maximumEntries) {
        cache = Caffeine.newBuilder().maximumSize(maximumEntries).build();
    }

    @Nullable Entry get(Key key) {
        return cache.getIfPresent(key);
    }

    void put(Key key, Entry entry) {
        cache.put(key, entry);
    }
}
