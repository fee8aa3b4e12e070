package app.frontline.team;

import app.frontline.period.Periods;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code teams}, {@code team} and the team's zone; {@code Team.agents} is the agent directory's (AgentController). */
@Controller
class TeamController {

    private static final Sort BY_NAME = Sort.by("name", "_id");

    private final TeamRepository teams;
    private final String storeZone;

    TeamController(TeamRepository teams, Periods periods) {
        this.teams = teams;
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
}
