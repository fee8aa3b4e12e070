package app.frontline.metric;

import app.frontline.agent.Agent;
import app.frontline.agent.AgentRepository;
import app.frontline.period.Granularity;
import app.frontline.period.Period;
import app.frontline.period.PeriodInput;
import app.frontline.period.Periods;
import app.frontline.team.Team;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The KPI API. Each {@code kpis} field asks only for the metrics its selection set names, and goes
 * through {@link KpiBatchLoader} so a list of agents costs what one agent costs.
 */
@Controller
class KpiController {

    private final Periods periods;
    private final KpiService service;
    private final AgentRepository agents;

    KpiController(Periods periods, KpiService service, AgentRepository agents) {
        this.periods = periods;
        this.service = service;
        this.agents = agents;
    }

    @QueryMapping
    CompletableFuture<Kpis> kpis(@Argument PeriodInput period, @Argument @Nullable String channel,
            DataFetchingFieldSelectionSet selection, DataLoader<KpiKey, Kpis> loader) {
        return load(Scope.STORE, period, channel, selection, loader);
    }

    @SchemaMapping(typeName = "Team", field = "kpis")
    CompletableFuture<Kpis> teamKpis(Team team, @Argument PeriodInput period, @Argument @Nullable String channel,
            DataFetchingFieldSelectionSet selection, DataLoader<KpiKey, Kpis> loader) {
        return load(Scope.team(team.id()), period, channel, selection, loader);
    }

    @SchemaMapping(typeName = "Agent", field = "kpis")
    CompletableFuture<Kpis> agentKpis(Agent agent, @Argument PeriodInput period, @Argument @Nullable String channel,
            DataFetchingFieldSelectionSet selection, DataLoader<KpiKey, Kpis> loader) {
        return load(Scope.agent(agent.id()), period, channel, selection, loader);
    }

    /** The generic view: the chosen metrics with the previous period's values, loaded in the same batch. */
    @SchemaMapping(typeName = "Kpis")
    CompletableFuture<List<MetricValue>> metrics(Kpis kpis, @Argument List<String> keys,
            DataLoader<KpiKey, Kpis> loader) {
        Set<String> metrics = new LinkedHashSet<>(keys);
        return loader.load(new KpiKey(kpis.scope(), kpis.period().previous(), kpis.channel(), metrics))
                .thenApply(previous -> metrics.stream()
                        .map(key -> new MetricValue(MetricCatalogue.get(key), kpis.values().get(key),
                                previous.values().get(key)))
                        .toList());
    }

    @SchemaMapping(typeName = "Period")
    String timeZone(Period period) {
        return period.zone().getId();
    }

    @QueryMapping
    List<MetricDefinition> metricDefinitions() {
        return MetricCatalogue.all();
    }

    @QueryMapping
    Series series(@Argument String metric, @Argument Granularity granularity, @Argument PeriodInput period,
            @Argument @Nullable String teamId, @Argument @Nullable String agentId, @Argument @Nullable String channel) {
        if (teamId != null && agentId != null) {
            throw new IllegalArgumentException("series: give teamId or agentId, not both");
        }
        Scope scope = agentId != null ? Scope.agent(agentId) : teamId != null ? Scope.team(teamId) : Scope.STORE;
        Period resolved = periods.resolve(period);
        List<SeriesPoint> points = service.series(resolved, granularity, stored(channel), Set.of(scope), metric)
                .get(scope);
        return new Series(MetricCatalogue.get(metric), granularity, resolved, points);
    }

    @QueryMapping
    List<LeaderboardEntry> leaderboard(@Argument String metric, @Argument PeriodInput period,
            @Argument @Nullable String teamId, @Argument @Nullable String channel, @Argument int first) {
        Period resolved = periods.resolve(period);
        Sort byName = Sort.by("name", "_id");
        List<Agent> candidates = teamId == null ? agents.findAll(byName) : agents.findByTeamId(teamId, byName);
        Map<String, Agent> byId = candidates.stream().collect(Collectors.toMap(Agent::id, a -> a));
        Set<Scope> scopes = candidates.stream().map(a -> Scope.agent(a.id())).collect(Collectors.toSet());
        Map<Scope, Map<String, @Nullable Object>> values = service.compute(resolved, stored(channel), scopes,
                Set.of(metric));
        Direction direction = MetricCatalogue.get(metric).direction();
        Comparator<Double> better = direction == Direction.LOWER_IS_BETTER ? Comparator.naturalOrder()
                : Comparator.reverseOrder();
        List<Map.Entry<Agent, @Nullable Double>> ranked = new ArrayList<>();
        for (Agent agent : candidates) {
            ranked.add(new java.util.AbstractMap.SimpleEntry<>(agent,
                    KpiService.headline(metric, values.get(Scope.agent(agent.id())).get(metric))));
        }
        ranked.sort(Map.Entry.comparingByValue(Comparator.nullsLast(better)));
        List<LeaderboardEntry> entries = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < first; i++) {
            Double value = ranked.get(i).getValue();
            int rank = i > 0 && java.util.Objects.equals(value, ranked.get(i - 1).getValue())
                    ? entries.get(i - 1).rank() : i + 1;
            entries.add(new LeaderboardEntry(rank, byId.get(ranked.get(i).getKey().id()), value));
        }
        return entries;
    }

    private CompletableFuture<Kpis> load(Scope scope, PeriodInput input, @Nullable String channel,
            DataFetchingFieldSelectionSet selection, DataLoader<KpiKey, Kpis> loader) {
        return loader.load(new KpiKey(scope, periods.resolve(input), stored(channel), selectedMetrics(selection)));
    }

    /** The catalogue metrics a kpis selection names, directly or through metrics(keys:). */
    @SuppressWarnings("unchecked")
    static Set<String> selectedMetrics(DataFetchingFieldSelectionSet selection) {
        Set<String> metrics = new LinkedHashSet<>();
        for (SelectedField field : selection.getImmediateFields()) {
            if (MetricCatalogue.find(field.getName()).isPresent()) {
                metrics.add(field.getName());
            } else if (field.getName().equals("metrics") && field.getArguments().get("keys") instanceof List<?> keys) {
                metrics.addAll((List<String>) keys);
            }
        }
        return metrics;
    }

    /** GraphQL's Channel enum (EMAIL) as the ingest format stores it (email). */
    private static @Nullable String stored(@Nullable String channel) {
        return channel == null ? null : channel.toLowerCase(Locale.ROOT);
    }

    record Series(MetricDefinition metric, Granularity granularity, Period period, List<SeriesPoint> points) {
    }

    record LeaderboardEntry(int rank, Agent agent, @Nullable Double value) {
    }
}
