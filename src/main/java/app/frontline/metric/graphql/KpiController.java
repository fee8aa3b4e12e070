package app.frontline.metric.graphql;

import app.frontline.metric.Direction;
import app.frontline.metric.KpiService;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.MetricDefinition;
import app.frontline.metric.Scope;
import app.frontline.metric.SeriesPoint;
import app.frontline.BadRequestException;
import app.frontline.agent.Agent;
import app.frontline.agent.AgentRepository;
import app.frontline.metric.Scope.Slice;
import app.frontline.period.Granularity;
import app.frontline.period.Period;
import app.frontline.period.PeriodInput;
import app.frontline.period.Periods;
import app.frontline.team.Team;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The KPI API. Each {@code kpis} field asks only for the metrics its selection set names, and goes
 * through {@link KpiBatchLoader}, so a list of agents (or of channel and tag rows) costs what one
 * costs.
 */
@Controller
class KpiController {

    /** A daily series covers at most this many days (a year and a day): longer ones go by week or month. */
    static final int MAX_DAILY_POINTS = 367;
    /** At most this many agents in a leaderboard. */
    static final int MAX_LEADERBOARD = 1000;

    private static final List<String> CHANNELS = List.of("EMAIL", "CHAT", "PHONE", "SOCIAL", "MESSAGING");

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
        return load(Scope.STORE.within(slice(channel)), periods.resolve(period), selection, loader);
    }

    @SchemaMapping(typeName = "Team", field = "kpis")
    CompletableFuture<Kpis> teamKpis(Team team, @Argument PeriodInput period, @Argument @Nullable String channel,
            DataFetchingFieldSelectionSet selection, DataLoader<KpiKey, Kpis> loader) {
        return load(Scope.team(team.id()).within(slice(channel)), periods.resolve(period), selection, loader);
    }

    @SchemaMapping(typeName = "Agent", field = "kpis")
    CompletableFuture<Kpis> agentKpis(Agent agent, @Argument PeriodInput period, @Argument @Nullable String channel,
            DataFetchingFieldSelectionSet selection, DataLoader<KpiKey, Kpis> loader) {
        return load(Scope.agent(agent.id()).within(slice(channel)), periods.resolve(period), selection, loader);
    }

    /** The generic view: the chosen metrics with the previous period's values, loaded in the same batch. */
    @SchemaMapping(typeName = "Kpis")
    CompletableFuture<List<MetricValue>> metrics(Kpis kpis, @Argument List<String> keys,
            @Argument boolean withPrevious, @Argument boolean businessHours, DataLoader<KpiKey, Kpis> loader) {
        Set<String> metrics = new LinkedHashSet<>();
        keys.forEach(k -> metrics.add(key(k, businessHours)));
        CompletableFuture<Map<String, @Nullable Object>> previous = withPrevious
                ? loader.load(new KpiKey(kpis.scope(), kpis.period().previous(), metrics)).thenApply(Kpis::values)
                : CompletableFuture.completedFuture(Map.of());
        return previous.thenApply(before -> metrics.stream()
                .map(key -> new MetricValue(MetricCatalogue.get(baseKey(key)), kpis.values().get(key),
                        before.get(key), kpis.scope()))
                .toList());
    }

    @SchemaMapping(typeName = "Period")
    String timeZone(Period period) {
        return period.zone().getId();
    }

    /** Local midnight with its offset, so a client sees both the instant and the zone's day. */
    @SchemaMapping(typeName = "Period")
    OffsetDateTime start(Period period) {
        return period.start().atZone(period.zone()).toOffsetDateTime();
    }

    @SchemaMapping(typeName = "Period")
    OffsetDateTime end(Period period) {
        return period.end().atZone(period.zone()).toOffsetDateTime();
    }

    @QueryMapping
    List<MetricDefinition> metricDefinitions() {
        return MetricCatalogue.all();
    }

    @QueryMapping
    CompletableFuture<Series> series(@Argument String metric, @Argument Granularity granularity,
            @Argument PeriodInput period, @Argument @Nullable String teamId, @Argument @Nullable String agentId,
            @Argument @Nullable String channel, @Argument boolean businessHours,
            DataLoader<SeriesBatchLoader.SeriesKey, List<SeriesPoint>> loader) {
        Scope scope = scope(teamId, agentId).within(slice(channel));
        Period resolved = periods.resolve(period);
        if (granularity == Granularity.DAY && resolved.days() > MAX_DAILY_POINTS) {
            throw new BadRequestException("series: " + resolved.days() + " daily points is more than "
                    + MAX_DAILY_POINTS + "; ask for WEEK or MONTH, or a shorter period");
        }
        // the series of one request (aliases) are computed together, one pass per period and granularity
        return loader.load(new SeriesBatchLoader.SeriesKey(scope, resolved, granularity, key(metric, businessHours)))
                .thenApply(points -> new Series(MetricCatalogue.get(metric), granularity, resolved, points));
    }

    @QueryMapping
    List<LeaderboardEntry> leaderboard(@Argument String metric, @Argument PeriodInput period,
            @Argument @Nullable String teamId, @Argument @Nullable String channel, @Argument int first) {
        if (first < 1 || first > MAX_LEADERBOARD) {
            throw new BadRequestException("first: " + first + " is outside 1.." + MAX_LEADERBOARD);
        }
        Period resolved = periods.resolve(period);
        Sort byName = Sort.by("name", "_id");
        List<Agent> candidates = teamId == null ? agents.findAll(byName) : agents.findByTeamId(teamId, byName);
        Slice slice = slice(channel);
        Set<Scope> scopes = candidates.stream().map(a -> Scope.agent(a.id()).within(slice)).collect(Collectors.toSet());
        Map<Scope, Map<String, @Nullable Object>> values = scopes.isEmpty() ? Map.of()
                : service.compute(resolved, scopes, Set.of(metric));
        record Ranked(Agent agent, @Nullable Double value) {
        }
        Comparator<Double> better = MetricCatalogue.get(metric).direction() == Direction.LOWER_IS_BETTER
                ? Comparator.naturalOrder() : Comparator.reverseOrder();
        List<Ranked> ranked = candidates.stream()
                .map(a -> new Ranked(a, KpiService.headline(metric,
                        values.get(Scope.agent(a.id()).within(slice)).get(metric))))
                .sorted(Comparator.comparing(Ranked::value, Comparator.nullsLast(better)))
                .toList();
        List<LeaderboardEntry> entries = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < first; i++) {
            Double value = ranked.get(i).value();
            // equal values share a rank: 1, 2, 2, 4
            int rank = i > 0 && Objects.equals(value, ranked.get(i - 1).value()) ? entries.get(i - 1).rank() : i + 1;
            entries.add(new LeaderboardEntry(rank, ranked.get(i).agent(), value));
        }
        return entries;
    }

    @QueryMapping
    List<ChannelRow> channelBreakdown(@Argument PeriodInput period, @Argument @Nullable String teamId,
            @Argument @Nullable String agentId) {
        Scope scope = scope(teamId, agentId);
        Period resolved = periods.resolve(period);
        return CHANNELS.stream().map(c -> new ChannelRow(c, scope.within(slice(c)), resolved)).toList();
    }

    @QueryMapping
    List<TagRow> tagBreakdown(@Argument PeriodInput period, @Argument @Nullable String teamId,
            @Argument @Nullable String agentId, @Argument @Nullable String channel) {
        Scope scope = scope(teamId, agentId).within(slice(channel));
        Period resolved = periods.resolve(period);
        return service.tags(resolved, scope).stream()
                .map(tag -> new TagRow(tag, scope.whole().within(Slice.tag(tag)), channel, resolved))
                .toList();
    }

    @SchemaMapping(typeName = "ChannelBreakdown", field = "kpis")
    CompletableFuture<Kpis> channelKpis(ChannelRow row, DataFetchingFieldSelectionSet selection,
            DataLoader<KpiKey, Kpis> loader) {
        return load(row.scope(), row.period(), selection, loader);
    }

    @SchemaMapping(typeName = "TagBreakdown", field = "kpis")
    CompletableFuture<Kpis> tagKpis(TagRow row, DataFetchingFieldSelectionSet selection,
            DataLoader<KpiKey, Kpis> loader) {
        return load(row.scope(), row.period(), selection, loader);
    }

    private static CompletableFuture<Kpis> load(Scope scope, Period period, DataFetchingFieldSelectionSet selection,
            DataLoader<KpiKey, Kpis> loader) {
        return loader.load(new KpiKey(scope, period, selectedMetrics(selection)));
    }

    /** The catalogue metrics a kpis selection names, directly or through metrics(keys:). */
    @SuppressWarnings("unchecked")
    static Set<String> selectedMetrics(DataFetchingFieldSelectionSet selection) {
        Set<String> metrics = new LinkedHashSet<>();
        for (SelectedField field : selection.getImmediateFields()) {
            boolean businessHours = Boolean.TRUE.equals(field.getArguments().get("businessHours"));
            if (MetricCatalogue.find(field.getName()).isPresent()) {
                metrics.add(key(field.getName(), businessHours));
            } else if (field.getName().equals("metrics") && field.getArguments().get("keys") instanceof List<?> keys) {
                ((List<String>) keys).forEach(k -> metrics.add(key(k, businessHours)));
            }
        }
        return metrics;
    }

    /** The key a computation knows a metric by: the business-hours variant's, when asked for and defined. */
    static String key(String metric, boolean businessHours) {
        if (!businessHours) {
            return metric;
        }
        if (MetricCatalogue.get(metric).businessTime() == null) {
            throw new BadRequestException(metric + " has no business-hours variant; firstResponseTime,"
                    + " resolutionTime and onTimeRate have");
        }
        return KpiService.businessHours(metric);
    }

    static String baseKey(String key) {
        return key.endsWith(KpiService.BUSINESS_HOURS) ? key.substring(0, key.length() - KpiService.BUSINESS_HOURS.length())
                : key;
    }

    private static Scope scope(@Nullable String teamId, @Nullable String agentId) {
        if (teamId != null && agentId != null) {
            throw new BadRequestException("give teamId or agentId, not both");
        }
        return agentId != null ? Scope.agent(agentId) : teamId != null ? Scope.team(teamId) : Scope.STORE;
    }

    /** GraphQL's Channel enum (EMAIL) as a slice of the stored channel (email). */
    private static @Nullable Slice slice(@Nullable String channel) {
        return channel == null ? null : Slice.channel(channel.toLowerCase(Locale.ROOT));
    }

    record Series(MetricDefinition metric, Granularity granularity, Period period, List<SeriesPoint> points) {
    }

    record LeaderboardEntry(int rank, Agent agent, @Nullable Double value) {
    }

    record ChannelRow(String channel, Scope scope, Period period) {
    }

    record TagRow(String tag, Scope scope, @Nullable String channel, Period period) {
    }
}
