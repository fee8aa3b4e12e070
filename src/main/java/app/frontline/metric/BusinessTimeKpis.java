package app.frontline.metric;

import app.frontline.period.BusinessCalendar;
import app.frontline.period.Period;
import app.frontline.team.TeamCalendars;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The business-time variants of firstResponseTime, resolutionTime and onTimeRate
 * ({@code firstResponseTime(businessHours: true)}): the same conversations as the catalogue metric
 * (by their createdAt in the period), each duration counted only inside its team's working hours
 * and outside its holidays ({@link BusinessCalendar}). Computed on its own from the raw
 * conversations, so it does not depend on how the catalogue's tallies are kept; a conversation of a
 * team without working hours, of no team or of a team not loaded runs on calendar time, so its
 * business value equals the calendar one.
 *
 * <p>Variants travel through the KPI loader as pseudo metric keys ({@code "onTimeRate@businessHours"}).
 */
@Component
class BusinessTimeKpis {

    static final String SUFFIX = "@businessHours";
    /** The metrics that have a business-time variant. */
    static final Set<String> METRICS = Set.of("firstResponseTime", "resolutionTime", "onTimeRate");

    private final MongoTemplate mongo;
    private final TeamCalendars calendars;

    BusinessTimeKpis(MongoTemplate mongo, TeamCalendars calendars) {
        this.mongo = mongo;
        this.calendars = calendars;
    }

    static String variant(String metric) {
        return metric + SUFFIX;
    }

    static boolean isVariant(String key) {
        return key.endsWith(SUFFIX);
    }

    /** The values of the requested variants ({@code metrics} may hold other keys, which are ignored). */
    Map<Scope, Map<String, @Nullable Object>> compute(Period period, Set<Scope> scopes, Set<String> metrics) {
        Map<Scope, Map<String, @Nullable Object>> result = new LinkedHashMap<>();
        List<String> wanted = metrics.stream().filter(BusinessTimeKpis::isVariant).toList();
        if (wanted.isEmpty()) {
            return result;
        }
        Map<Scope, Sums> sums = new HashMap<>();
        scopes.forEach(s -> sums.put(s, new Sums()));
        TeamCalendars.Calendars byTeam = calendars.all();
        Map<String, Integer> sla = slaMinutes();
        Document match = new Document("createdAt", new Document("$gte", Date.from(period.start()))
                .append("$lt", Date.from(period.end())));
        Document fields = new Document("createdAt", 1).append("teamId", 1).append("assigneeAgentId", 1)
                .append("channel", 1).append("tags", 1).append("firstReplyAt", 1).append("resolvedAt", 1);
        for (Document c : mongo.getCollection("conversations").find(match).projection(fields).batchSize(10_000)) {
            Instant created = instant(c, "createdAt");
            Instant replied = instant(c, "firstReplyAt");
            Instant resolved = instant(c, "resolvedAt");
            if (created == null || replied == null && resolved == null) {
                continue;
            }
            String team = c.getString("teamId");
            BusinessCalendar calendar = byTeam.of(team);
            long reply = replied == null ? -1 : calendar.workingTime(created, replied).toMillis();
            long resolve = resolved == null ? -1 : calendar.workingTime(created, resolved).toMillis();
            boolean onTime = replied != null && reply <= sla.getOrDefault(team, 60) * 60_000L;
            for (Map.Entry<Scope, Sums> e : sums.entrySet()) {
                if (matches(e.getKey(), c, team)) {
                    e.getValue().add(reply, resolve, onTime);
                }
            }
        }
        sums.forEach((scope, s) -> {
            Map<String, @Nullable Object> values = new LinkedHashMap<>();
            for (String key : wanted) {
                values.put(key, switch (key.substring(0, key.length() - SUFFIX.length())) {
                    case "firstResponseTime" -> DurationStats.of(s.reply, s.replied);
                    case "resolutionTime" -> DurationStats.of(s.resolve, s.resolved);
                    case "onTimeRate" -> s.replied == 0 ? null : 100.0 * s.onTime / s.replied;
                    default -> throw new IllegalArgumentException("no business-time variant of " + key);
                });
            }
            result.put(scope, values);
        });
        return result;
    }

    /**
     * The loader's hook: the catalogue's values with the requested business-time variants added.
     */
    Map<Scope, Map<String, @Nullable Object>> addTo(Map<Scope, Map<String, @Nullable Object>> values, Period period,
            Set<Scope> scopes, Set<String> metrics) {
        if (metrics.stream().noneMatch(BusinessTimeKpis::isVariant)) {
            return values;
        }
        Map<Scope, Map<String, @Nullable Object>> merged = new LinkedHashMap<>();
        compute(period, scopes, metrics).forEach((scope, business) -> {
            Map<String, @Nullable Object> all = new HashMap<>(values.getOrDefault(scope, Map.of()));
            all.putAll(business);
            merged.put(scope, all);
        });
        return merged;
    }

    private static boolean matches(Scope scope, Document c, @Nullable String team) {
        boolean whole = switch (scope.kind()) {
            case STORE -> true;
            case TEAM -> scope.id().equals(team);
            case AGENT -> scope.id().equals(c.getString("assigneeAgentId"));
        };
        if (!whole || scope.slice() == null) {
            return whole;
        }
        return switch (scope.slice().dimension()) {
            case CHANNEL -> scope.slice().value().equals(c.getString("channel"));
            case TAG -> c.get("tags") instanceof List<?> tags && tags.contains(scope.slice().value());
        };
    }

    private Map<String, Integer> slaMinutes() {
        Map<String, Integer> sla = new HashMap<>();
        for (Document team : mongo.getCollection("teams").find().projection(new Document("slaFirstReplyMinutes", 1))) {
            if (team.get("slaFirstReplyMinutes") instanceof Number minutes) {
                sla.put(String.valueOf(team.get("_id")), minutes.intValue());
            }
        }
        return sla;
    }

    private static @Nullable Instant instant(Document d, String field) {
        return d.get(field) instanceof Date date ? date.toInstant() : null;
    }

    /** One scope's business-time durations. */
    private static final class Sums {
        long[] reply = new long[16];
        long[] resolve = new long[16];
        int replied;
        int resolved;
        int onTime;

        /** Milliseconds; -1 for none. */
        void add(long replySeconds, long resolveSeconds, boolean inTime) {
            if (replySeconds >= 0) {
                if (replied == reply.length) {
                    reply = Arrays.copyOf(reply, replied * 2);
                }
                reply[replied++] = replySeconds;
                if (inTime) {
                    onTime++;
                }
            }
            if (resolveSeconds >= 0) {
                if (resolved == resolve.length) {
                    resolve = Arrays.copyOf(resolve, resolved * 2);
                }
                resolve[resolved++] = resolveSeconds;
            }
        }
    }
}
