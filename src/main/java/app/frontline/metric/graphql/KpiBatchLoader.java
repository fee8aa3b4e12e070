package app.frontline.metric.graphql;

import app.frontline.metric.KpiService;
import app.frontline.metric.Scope;
import app.frontline.period.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Removes the N+1 of {@code agents { kpis { ... } }}: every {@code kpis} field of a request level
 * (the store's, each team's, each agent's, each channel or tag row's) becomes one key, and all keys
 * of the same period are computed together in one pass with the union of the metrics they selected.
 */
@Component
class KpiBatchLoader {

    KpiBatchLoader(BatchLoaderRegistry registry, KpiService kpis) {
        registry.forTypePair(KpiKey.class, Kpis.class).registerMappedBatchLoader(
                (keys, env) -> Mono.fromCallable(() -> load(kpis, keys)));
    }

    static Map<KpiKey, Kpis> load(KpiService service, Set<KpiKey> keys) {
        Map<KpiKey, Kpis> result = new HashMap<>();
        Map<Period, List<KpiKey>> byPeriod = keys.stream()
                .collect(Collectors.groupingBy(KpiKey::period, LinkedHashMap::new, Collectors.toList()));
        byPeriod.forEach((period, periodKeys) -> {
            Set<Scope> scopes = new HashSet<>();
            Set<String> metrics = new HashSet<>();
            periodKeys.forEach(k -> {
                scopes.add(k.scope());
                metrics.addAll(k.metrics());
            });
            Map<Scope, Map<String, @Nullable Object>> values = metrics.isEmpty() ? Map.of()
                    : service.compute(period, scopes, metrics);
            periodKeys.forEach(k -> result.put(k, new Kpis(k.scope(), k.period(),
                    Objects.requireNonNullElse(values.get(k.scope()), Map.of()))));
        });
        return result;
    }
}
