package app.frontline.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** {@code Team.workingHours} and {@code Team.holidays}: one query for every team of a response. */
@Controller
class WorkingHoursController {

    private final TeamCalendars calendars;

    WorkingHoursController(TeamCalendars calendars) {
        this.calendars = calendars;
    }

    @BatchMapping
    Map<Team, List<WorkingHours.Slot>> workingHours(List<Team> teams) {
        Map<String, WorkingHours> hours = calendars.workingHours(teams.stream().map(Team::id).toList());
        return teams.stream().collect(Collectors.toMap(t -> t, t -> hours.getOrDefault(t.id(), WorkingHours.NONE)
                .weekly(), (a, b) -> a));
    }

    @BatchMapping
    Map<Team, List<LocalDate>> holidays(List<Team> teams) {
        Map<String, WorkingHours> hours = calendars.workingHours(teams.stream().map(Team::id).toList());
        return teams.stream().collect(Collectors.toMap(t -> t, t -> hours.getOrDefault(t.id(), WorkingHours.NONE)
                .holidays(), (a, b) -> a));
    }
}
