package app.frontline.metric.store;

import java.util.HashMap;
import java.util.Map;

/**
 * When each part of the store last changed, so a result computed earlier is reused exactly as long
 * as nothing it read has changed: per UTC day of fact time, plus three store-wide counters for the
 * changes whose effect is not confined to the days of the record (an agent moving team, a
 * customer's first or second order moving, an order connecting to a conversation or a
 * conversation moving the surveys attributed through it).
 */
final class Versions implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    /** What a result depends on besides the days it read. */
    enum Dependency { DIRECTORY, CUSTOMERS, LINKS }

    private long version;
    private final Map<Long, Long> days = new HashMap<>();
    private final long[] global = new long[Dependency.values().length];

    long current() {
        return version;
    }

    void day(long at) {
        days.put(Math.floorDiv(at, Table.DAY), ++version);
    }

    void global(Dependency dependency) {
        global[dependency.ordinal()] = ++version;
    }

    /** Everything changed (a rebuild). */
    void all() {
        ++version;
        days.clear();
        java.util.Arrays.fill(global, version);
    }

    long floor() {
        return global[Dependency.DIRECTORY.ordinal()];
    }

    /** Whether anything the result read ({@code [from, to)} and the dependencies) changed after {@code since}. */
    boolean changedSince(long since, long from, long to, boolean customers, boolean links) {
        if (global[Dependency.DIRECTORY.ordinal()] > since
                || customers && global[Dependency.CUSTOMERS.ordinal()] > since
                || links && global[Dependency.LINKS.ordinal()] > since) {
            return true;
        }
        for (long day = Math.floorDiv(from, Table.DAY), last = Math.floorDiv(to - 1, Table.DAY); day <= last; day++) {
            Long changed = days.get(day);
            if (changed != null && changed > since) {
                return true;
            }
        }
        return false;
    }

    void advanceTo(long next) {
        version = Math.max(version, next);
        java.util.Arrays.fill(global, version);
    }
}
