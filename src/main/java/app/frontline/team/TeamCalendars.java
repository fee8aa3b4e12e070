package app.frontline.team;

import app.frontline.period.BusinessCalendar;
import app.frontline.period.Periods;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The teams' business calendars (their working hours and holidays in their zone), read in one
 * query for every team: few documents, so no caching.
 */
@Service
public class TeamCalendars {

    private static final Document FIELDS = new Document("timeZone", 1).append("workingHours", 1).append("holidays", 1);

    private final MongoTemplate mongo;
    private final ZoneId storeZone;

    TeamCalendars(MongoTemplate mongo, Periods periods) {
        this.mongo = mongo;
        this.storeZone = periods.storeZone();
    }

    /** Every team's calendar by team id; a team without hours or holidays gets calendar time. */
    public Calendars all() {
        Map<String, BusinessCalendar> byTeam = new HashMap<>();
        for (Document team : mongo.getCollection("teams").find().projection(FIELDS)) {
            String zone = team.getString("timeZone");
            byTeam.put(String.valueOf(team.get("_id")),
                    WorkingHours.of(team).calendar(zone == null ? storeZone : ZoneId.of(zone)));
        }
        return new Calendars(byTeam, BusinessCalendar.calendarTime(storeZone));
    }

    /** The working hours of the given teams, for the GraphQL {@code Team} fields. */
    Map<String, WorkingHours> workingHours(Collection<String> teamIds) {
        Map<String, WorkingHours> result = new HashMap<>();
        for (Document team : mongo.getCollection("teams").find(new Document("_id", new Document("$in", teamIds)))
                .projection(FIELDS)) {
            result.put(String.valueOf(team.get("_id")), WorkingHours.of(team));
        }
        return result;
    }

    /** Calendars by team; conversations of no team, or of a team not loaded, run on calendar time. */
    public record Calendars(Map<String, BusinessCalendar> byTeam, BusinessCalendar fallback) {

        public BusinessCalendar of(@Nullable String teamId) {
            BusinessCalendar calendar = teamId == null ? null : byTeam.get(teamId);
            return calendar != null ? calendar : fallback;
        }
    }
}
