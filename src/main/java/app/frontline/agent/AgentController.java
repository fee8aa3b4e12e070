package app.frontline.agent;

import app.frontline.team.Team;
import app.frontline.team.TeamRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AgentController {

    private static final Sort BY_NAME = Sort.by("name", "_id");

    private final AgentRepository agents;
    private final TeamRepository teams;

    AgentController(AgentRepository agents, TeamRepository teams) {
        this.agents = agents;
        this.teams = teams;
    }

    /** Every agent of the store, or of one team when {@code teamId} is given. */
    @QueryMapping
    List<Agent> agents(@Argument @Nullable String teamId) {
        return teamId == null ? agents.findAll(BY_NAME) : agents.findByTeamId(teamId, BY_NAME);
    }

    @QueryMapping
    @Nullable Agent agent(@Argument String id) {
        return agents.findById(id).orElse(null);
    }

    /**
     * One query for the teams of every agent in the response. An agent whose team has not been
     * loaded yet (references may arrive in any order) answers {@code null}.
     */
    @BatchMapping
    Map<Agent, @Nullable Team> team(List<Agent> agentList) {
        Map<String, Team> byId = teams.findByIdIn(agentList.stream().map(Agent::teamId).distinct().toList())
                .stream().collect(Collectors.toMap(Team::id, Function.identity()));
        Map<Agent, @Nullable Team> result = new HashMap<>();
        agentList.forEach(a -> result.put(a, byId.get(a.teamId())));
        return result;
    }

    /**
     * {@code Team.agents}, one query for the agents of every team in the response. It lives here,
     * not in the team package: an agent names its team, so agent depends on team and never the
     * other way round.
     */
    @BatchMapping(typeName = "Team")
    Map<Team, List<Agent>> agents(List<Team> teamList) {
        Map<String, List<Agent>> byTeam = agents.findByTeamIdIn(teamList.stream().map(Team::id).toList(), BY_NAME)
                .stream().collect(Collectors.groupingBy(Agent::teamId));
        return teamList.stream().collect(Collectors.toMap(t -> t, t -> byTeam.getOrDefault(t.id(), List.of()),
                (a, b) -> a));
    }
}
