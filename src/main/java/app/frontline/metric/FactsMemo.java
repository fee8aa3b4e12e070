package app.frontline.metric;

import app.frontline.period.Period;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The facts one GraphQL request has already read, by period. graphql-java dispatches data loaders
 * level by level, so a dashboard's store KPIs (level 1) and its teams' and agents' KPIs (level 2)
 * arrive in two batches; the second reuses the first's facts when they cover its sources.
 */
final class FactsMemo {

    private record Loaded(Set<Source> sources, Facts facts) {
    }

    private final Map<Period, Loaded> byPeriod = new HashMap<>();

    synchronized Facts get(Period period, Set<Source> sources, Supplier<Facts> load) {
        Loaded loaded = byPeriod.get(period);
        if (loaded != null && loaded.sources().containsAll(sources)) {
            return loaded.facts();
        }
        Facts facts = load.get();
        byPeriod.put(period, new Loaded(EnumSet.copyOf(sources.isEmpty() ? EnumSet.noneOf(Source.class) : sources),
                facts));
        return facts;
    }
}
