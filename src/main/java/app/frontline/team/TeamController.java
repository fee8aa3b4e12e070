package app.frontline.team;

import app.frontline.agent.Agent;
import app.frontline.agent.AgentRepository;
import app.frontline.period.Periods;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class TeamController {

    private static final Sort BY_NAME = Sort.by("name", "_id");

    private final TeamRepository teams;
    private final AgentRepository agents;
    private final String storeZone;

    TeamController(TeamRepository teams, AgentRepository agents, Periods periods) {
        this.teams = teams;
        this.agents = agents;
        this.storeZone = periods.storeZone().getId();
    }

    @QueryMapping
    List<Team> teams() {
        return teams.findAll(BY_NAME);
    }

    @QueryMapping
    @Nullable Team team(@Argument String id) {
        return teams.findById(id).orElse(null);
    }

    @SchemaMapping
    String timeZone(Team team) {
        return team.timeZoneOr(storeZone);
    }

    /** One query for the agents of every team in the response, not one per team. */
    @BatchMapping
    Map<Team, List<Agent>> agents(List<Team> teamList) {
        Map<String, List<Agent>> byTeam = agents
                .findByTeamIdIn(teamList.stream().map(Team::id).toList(), BY_NAME)
                .stream()
                .collect(Collectors.groupingBy(Agent::teamId));
        return teamList.stream().collect(Collectors.toMap(t -> t, t -> byTeam.getOrDefault(t.id(), List.of()),
                (a, b) -> a));
    }
}
