package app.frontline.security;

import app.frontline.agent.Agent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The access rules of issue 6 for one viewer, for the length of one request (an agent's team is
 * looked up once). Aggregates and rows differ: an agent sees their team's numbers but not their
 * team mates' conversations; a manager sees the store's numbers but only their own teams' rows.
 */
public final class Permissions {

    private final Viewer viewer;
    private final Function<String, Optional<Agent>> agents;
    private final Map<String, Optional<String>> teamOfAgent = new ConcurrentHashMap<>();

    Permissions(Viewer viewer, Function<String, Optional<Agent>> agents) {
        this.viewer = viewer;
        this.agents = agents;
    }

    public Viewer viewer() {
        return viewer;
    }

    public boolean authenticated() {
        return viewer.authenticated();
    }

    public boolean admin() {
        return viewer.is(Role.ADMIN);
    }

    public boolean ingest() {
        return viewer.mayIngest();
    }

    /** The whole store's numbers: administrators, managers, read tokens. */
    public boolean storeAggregate() {
        return viewer.readsEverything() || viewer.is(Role.MANAGER);
    }

    /** Rows (agents ranked, conversations, orders) across the store. */
    public boolean storeRows() {
        return viewer.readsEverything();
    }

    /** Set or remove a team's benchmarks: administrators and the team's managers (not read tokens). */
    public boolean teamBenchmarks(String teamId) {
        return admin() || (viewer.is(Role.MANAGER) && viewer.teamIds().contains(teamId));
    }

    /** A team's numbers: its managers, and its agents (seed 001's "team" switch). */
    public boolean teamAggregate(String teamId) {
        return teamRows(teamId) || (viewer.is(Role.AGENT) && teamId.equals(teamOf(viewer.agentId())));
    }

    /** A team's rows: its agents' numbers side by side, its conversations and orders. */
    public boolean teamRows(String teamId) {
        return viewer.readsEverything() || (viewer.is(Role.MANAGER) && viewer.teamIds().contains(teamId));
    }

    /** One agent's numbers and rows: the agent themself and the managers of their team. */
    public boolean agent(String agentId) {
        if (viewer.readsEverything() || agentId.equals(viewer.agentId())) {
            return true;
        }
        String team = viewer.is(Role.MANAGER) ? teamOf(agentId) : null;
        return team != null && viewer.teamIds().contains(team);
    }

    public boolean agent(Agent agent) {
        teamOfAgent.putIfAbsent(agent.id(), Optional.ofNullable(agent.teamId()));
        return agent(agent.id());
    }

    /** Whether a team appears in lists at all: where its numbers may be seen. */
    public boolean team(String teamId) {
        return teamAggregate(teamId);
    }

    private @Nullable String teamOf(@Nullable String agentId) {
        if (agentId == null) {
            return null;
        }
        return teamOfAgent.computeIfAbsent(agentId, id -> agents.apply(id).map(Agent::teamId)).orElse(null);
    }
}
