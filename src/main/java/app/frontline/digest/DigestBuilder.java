package app.frontline.digest;

import app.frontline.agent.Agent;
import app.frontline.agent.AgentRepository;
import app.frontline.metric.Direction;
import app.frontline.metric.KpiService;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.MetricDefinition;
import app.frontline.metric.Scope;
import app.frontline.period.Period;
import app.frontline.period.PeriodInput;
import app.frontline.period.PeriodPreset;
import app.frontline.period.Periods;
import app.frontline.security.Permissions;
import app.frontline.team.Team;
import app.frontline.team.TeamRepository;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Builds a digest from the KPI service: two computations for the scope, one for all its agents. */
@Service
class DigestBuilder {

    /** The digest's metrics, in its order (breaches first when benchmarks give a status). */
    static final List<String> METRICS = List.of("conversations", "replied", "onTimeRate", "firstResponseTime",
            "resolutionTime", "csat", "nps", "orders", "revenue", "refundRate");
    private static final List<String> SEVERITY = List.of("BREACH", "WARN");
    private static final Sort BY_NAME = Sort.by("name", "_id");

    private final KpiService kpis;
    private final Periods periods;
    private final AgentRepository agents;
    private final TeamRepository teams;
    private final DigestProperties properties;
    private final ObjectProvider<DigestStatus> status;

    DigestBuilder(KpiService kpis, Periods periods, AgentRepository agents, TeamRepository teams,
            DigestProperties properties, ObjectProvider<DigestStatus> status) {
        this.kpis = kpis;
        this.periods = periods;
        this.agents = agents;
        this.teams = teams;
        this.properties = properties;
        this.status = status;
    }

    ZoneId zone() {
        return periods.zone(properties.zone());
    }

    /** The ISO week (Monday to Sunday) holding {@code weekOf}; null: the last complete week. */
    Period week(@Nullable LocalDate weekOf) {
        if (weekOf == null) {
            return periods.resolve(new PeriodInput(PeriodPreset.LAST_WEEK, null, null, zone().getId()));
        }
        LocalDate monday = weekOf.with(DayOfWeek.MONDAY);
        return Period.of(monday, monday.plusDays(6), zone());
    }

    /**
     * @param reader who will read it: only agents the reader may see are ranked and named (the
     *     rule of the GraphQL field guard), so a manager's store-wide digest names no agent of
     *     another team while its numbers stay the store's
     */
    Digest build(@Nullable String teamId, Period week, Permissions reader) {
        Scope scope = teamId == null ? Scope.STORE : Scope.team(teamId);
        String name = teamId == null ? "whole store"
                : "team " + teams.findById(teamId).map(Team::name).orElse(teamId);
        Set<String> metrics = new LinkedHashSet<>(METRICS);
        Map<String, @Nullable Object> now = kpis.compute(week, Set.of(scope), metrics).get(scope);
        Map<String, @Nullable Object> before = kpis.compute(week.previous(), Set.of(scope), metrics).get(scope);
        DigestStatus statuses = status.getIfAvailable();
        List<Digest.Row> rows = new ArrayList<>();
        for (String key : METRICS) {
            Double value = KpiService.headline(key, now.get(key));
            rows.add(new Digest.Row(MetricCatalogue.get(key), value, KpiService.headline(key, before.get(key)),
                    statuses == null ? "NONE" : statuses.status(scope, key, value)));
        }
        if (statuses != null) {
            rows.sort(Comparator.comparingInt(r -> SEVERITY.contains(r.status()) ? SEVERITY.indexOf(r.status())
                    : SEVERITY.size()));
        }
        MetricDefinition rankBy = MetricCatalogue.get(properties.rankBy());
        List<Agent> active = (teamId == null ? agents.findAll(BY_NAME) : agents.findByTeamId(teamId, BY_NAME))
                .stream().filter(Agent::active).toList();
        List<Agent> visible = active.stream().filter(reader::agent).toList();
        List<Digest.AgentLine> ranked = ranked(visible, week, rankBy);
        int top = Math.min(properties.agents(), (ranked.size() + 1) / 2);
        int bottom = Math.min(properties.agents(), ranked.size() - top);
        return new Digest(teamId, name, week, rows, rankBy, ranked.subList(0, top),
                ranked.subList(ranked.size() - bottom, ranked.size()).reversed(), statuses != null,
                visible.size() < active.size());
    }

    /** The candidates with a value, best first by the metric's direction (ties by name). */
    private List<Digest.AgentLine> ranked(List<Agent> candidates, Period week, MetricDefinition rankBy) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<Scope> scopes = candidates.stream().map(a -> Scope.agent(a.id())).collect(Collectors.toSet());
        Map<Scope, Map<String, @Nullable Object>> values = kpis.compute(week, scopes, Set.of(rankBy.key()));
        Comparator<Double> better = rankBy.direction() == Direction.LOWER_IS_BETTER ? Comparator.naturalOrder()
                : Comparator.reverseOrder();
        return candidates.stream()
                .map(a -> new Digest.AgentLine(a.name(),
                        KpiService.headline(rankBy.key(), values.get(Scope.agent(a.id())).get(rankBy.key()))))
                .filter(line -> line.value() != null)
                .sorted(Comparator.comparing(Digest.AgentLine::value, better))
                .toList();
    }
}
