package app.frontline.metric.graphql;

import app.frontline.metric.KpiService;
import app.frontline.metric.Scope;
import app.frontline.metric.SeriesPoint;
import app.frontline.period.Granularity;
import app.frontline.period.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Removes the N+1 of a request holding several series (a dashboard's aliased trend columns): every
 * series of the same period and granularity is computed in one pass, whatever its metric or scope.
 */
@Component
class SeriesBatchLoader {

    /** One series field: a metric (or its business-hours variant) of a scope, cut by a granularity. */
    record SeriesKey(Scope scope, Period period, Granularity granularity, String metric) {
    }

    SeriesBatchLoader(BatchLoaderRegistry registry, KpiService kpis) {
        registry.forTypePair(SeriesKey.class, List.class).registerMappedBatchLoader(
                (keys, env) -> Mono.fromCallable(() -> load(kpis, keys)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Map<SeriesKey, List> load(KpiService service, Set<SeriesKey> keys) {
        Map<SeriesKey, List> result = new HashMap<>();
        record Cut(Period period, Granularity granularity) {
        }
        Map<Cut, List<SeriesKey>> byCut = keys.stream().collect(Collectors.groupingBy(
                k -> new Cut(k.period(), k.granularity()), LinkedHashMap::new, Collectors.toList()));
        byCut.forEach((cut, cutKeys) -> {
            Set<Scope> scopes = new HashSet<>();
            Set<String> metrics = new HashSet<>();
            cutKeys.forEach(k -> {
                scopes.add(k.scope());
                metrics.add(k.metric());
            });
            Map<Scope, Map<String, List<SeriesPoint>>> series = service.series(cut.period(), cut.granularity(), scopes,
                    metrics);
            cutKeys.forEach(k -> result.put(k, series.get(k.scope()).get(k.metric())));
        });
        return result;
    }
}
