package app.frontline.metric;

import app.frontline.period.Period;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facts one GraphQL request has already read, by period. graphql-java dispatches data loaders
 * level by level, and a request may hold several series of one period (a weekly table's aliased
 * columns): a later computation reuses what an earlier one read and reads only the sources it
 * adds.
 */
final class FactsMemo {

    /** Reads the {@code wanted} sources, given what was read before for the period (or nothing). */
    @FunctionalInterface
    interface Reader {
        Facts read(@Nullable Facts base, Set<Source> have, Set<Source> wanted);
    }

    private record Loaded(Set<Source> sources, Facts facts) {
    }

    private final Map<Period, Loaded> byPeriod = new HashMap<>();
    private Facts.@Nullable Directory directory;

    /** The agents' teams and the teams' SLAs, read once per request. */
    synchronized Facts.Directory directory(java.util.function.Supplier<Facts.Directory> reader) {
        if (directory == null) {
            directory = reader.get();
        }
        return directory;
    }

    synchronized Facts get(Period period, Set<Source> sources, Reader reader) {
        Loaded loaded = byPeriod.get(period);
        if (loaded != null && loaded.sources().containsAll(sources)) {
            return loaded.facts();
        }
        Set<Source> union = EnumSet.noneOf(Source.class);
        union.addAll(sources);
        Facts facts;
        if (loaded == null) {
            facts = reader.read(null, Set.of(), union);
        } else {
            union.addAll(loaded.sources());
            facts = reader.read(loaded.facts(), loaded.sources(), union);
        }
        byPeriod.put(period, new Loaded(union, facts));
        return facts;
    }
}
