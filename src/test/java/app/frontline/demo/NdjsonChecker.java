package app.frontline.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An independent reading of the ingest format (written from ingest-format.md, sharing no code
 * with the generator): validates every line and gathers the numbers the tests judge.
 */
final class NdjsonChecker {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern MONEY_STRING = Pattern.compile("\\d+\\.\\d{2}|0");
    private static final Set<String> CHANNELS = Set.of("email", "chat", "phone", "social", "messaging");
    private static final Set<String> RATINGS = Set.of("happy", "neutral", "sad");
    private static final Map<String, int[]> SURVEY_RANGES = Map.of(
        "csat", new int[] {1, 5}, "ces", new int[] {1, 7}, "nps", new int[] {0, 10}, "cx", new int[] {1, 5});

    private final Instant now;
    private final ZoneId storeZone;
    final List<String> errors = new ArrayList<>();
    final Map<String, Integer> types = new TreeMap<>();
    final Map<String, String> teamZones = new HashMap<>();
    final Set<String> agents = new HashSet<>();
    int inactiveAgents;
    final Set<String> conversations = new HashSet<>();
    final Map<LocalDate, Integer> conversationsByDay = new TreeMap<>();
    final Set<String> channels = new HashSet<>();
    final Set<String> surveyKinds = new HashSet<>();
    final Set<String> tags = new HashSet<>();
    final Map<String, Integer> approvedByCustomer = new HashMap<>();
    int replied;
    int rated;
    int withOffers;
    int unassigned;
    int approved;
    int declined;
    int agentCreated;
    int connected;
    int backwardReferences;
    int references;
    int refunds;
    int returns;
    int chargebacks;
    int cancels;
    int reprocesses;
    int moneyAsNumber;
    int offsetTimes;
    private int lineNo;

    NdjsonChecker(LocalDate lastDay, ZoneId storeZone) {
        this.storeZone = storeZone;
        this.now = lastDay.plusDays(1).atStartOfDay(storeZone).toInstant();
    }

    void accept(String line) {
        lineNo++;
        JsonNode r;
        try {
            r = JSON.readTree(line);
        } catch (RuntimeException e) {
            error("not JSON: " + e.getMessage());
            return;
        }
        String type = text(r, "type", true);
        text(r, "id", true);
        types.merge(String.valueOf(type), 1, Integer::sum);
        switch (String.valueOf(type)) {
            case "team" -> team(r);
            case "agent" -> agent(r);
            case "login" -> {
                text(r, "agentId", true);
                time(r, "at", null, true);
            }
            case "conversation" -> conversation(r);
            case "survey" -> survey(r);
            case "order" -> order(r);
            default -> error("unknown type " + type);
        }
    }

    private void team(JsonNode r) {
        text(r, "name", true);
        String zone = text(r, "timeZone", false);
        try {
            teamZones.put(r.get("id").stringValue(), zone == null ? storeZone.getId() : ZoneId.of(zone).getId());
        } catch (RuntimeException e) {
            error("bad timeZone " + zone);
        }
        if (r.has("slaFirstReplyMinutes") && !(r.get("slaFirstReplyMinutes").isIntegralNumber()
                && r.get("slaFirstReplyMinutes").longValue() > 0)) {
            error("bad slaFirstReplyMinutes");
        }
    }

    private void agent(JsonNode r) {
        text(r, "name", true);
        String team = text(r, "teamId", true);
        if (!teamZones.containsKey(team)) {
            error("agent of unknown team " + team);
        }
        text(r, "email", false);
        if (r.has("active")) {
            if (!r.get("active").isBoolean()) {
                error("active not boolean");
            } else if (!r.get("active").booleanValue()) {
                inactiveAgents++;
            }
        }
        agents.add(r.get("id").stringValue());
    }

    private void conversation(JsonNode r) {
        Instant created = time(r, "createdAt", null, true);
        String channel = text(r, "channel", false);
        channels.add(channel == null ? "email" : channel);
        if (channel != null && !CHANNELS.contains(channel)) {
            error("bad channel " + channel);
        }
        text(r, "customerEmail", false);
        text(r, "teamId", false);
        if (text(r, "assigneeAgentId", false) == null) {
            unassigned++;
        }
        if (time(r, "firstReplyAt", created, false) != null) {
            replied++;
        }
        time(r, "resolvedAt", created, false);
        time(r, "archivedAt", created, false);
        if (r.has("handleSeconds") && !(r.get("handleSeconds").isIntegralNumber() && r.get("handleSeconds").longValue() >= 0)) {
            error("bad handleSeconds");
        }
        String rating = text(r, "rating", false);
        if (rating != null) {
            rated++;
            if (!RATINGS.contains(rating)) {
                error("bad rating " + rating);
            }
        }
        if (r.has("offers")) {
            withOffers++;
            for (JsonNode offer : r.get("offers").values()) {
                String kind = text(offer, "kind", true);
                if (!"upsell".equals(kind) && !"crossSell".equals(kind)) {
                    error("bad offer kind " + kind);
                }
                if (!offer.path("accepted").isBoolean()) {
                    error("offer without boolean accepted");
                }
            }
        }
        if (r.has("tags")) {
            for (JsonNode tag : r.get("tags").values()) {
                if (!tag.isString()) {
                    error("tag not a string");
                } else {
                    tags.add(tag.stringValue());
                }
            }
        }
        if (created != null) {
            conversationsByDay.merge(LocalDate.ofInstant(created, storeZone), 1, Integer::sum);
        }
        conversations.add(r.get("id").stringValue());
    }

    private void survey(JsonNode r) {
        String kind = text(r, "kind", true);
        int[] range = SURVEY_RANGES.get(kind);
        if (range == null) {
            error("bad survey kind " + kind);
        } else {
            surveyKinds.add(kind);
            JsonNode score = r.get("score");
            if (score == null || !score.isIntegralNumber() || score.longValue() < range[0] || score.longValue() > range[1]) {
                error("bad " + kind + " score " + score);
            }
        }
        time(r, "at", null, true);
        text(r, "comment", false);
        reference(text(r, "conversationId", false));
    }

    private void order(JsonNode r) {
        String status = text(r, "status", true);
        Instant created = time(r, "createdAt", null, true);
        String email = text(r, "customerEmail", true);
        money(r, "total", true, false);
        money(r, "cogs", false, false);
        money(r, "rebillDiscount", false, false);
        money(r, "retryDiscount", false, false);
        String agent = text(r, "createdByAgentId", false);
        String conversation = text(r, "conversationId", false);
        reference(conversation);
        if ("approved".equals(status)) {
            approved++;
            agentCreated += agent != null ? 1 : 0;
            connected += conversation != null ? 1 : 0;
            if (email != null) {
                approvedByCustomer.merge(email.trim().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        } else if ("declined".equals(status)) {
            declined++;
        } else {
            error("bad status " + status);
        }
        time(r, "deliveredAt", created, false);
        for (JsonNode refund : r.path("refunds").values()) {
            refunds++;
            time(refund, "at", created, true);
            money(refund, "amount", true, true);
            text(refund, "byAgentId", false);
        }
        for (JsonNode ret : r.path("returns").values()) {
            returns++;
            time(ret, "at", created, true);
            if (ret.has("rma") && !ret.get("rma").isBoolean()) {
                error("rma not boolean");
            }
        }
        if (r.hasNonNull("chargeback")) {
            chargebacks++;
            time(r.get("chargeback"), "at", created, true);
        }
        reprocesses += pair(r, "reprocessedAt", "reprocessedByAgentId", created);
        cancels += pair(r, "cancelledAt", "cancelledByAgentId", created);
    }

    private int pair(JsonNode r, String timeField, String agentField, Instant created) {
        Instant at = time(r, timeField, created, false);
        String agent = text(r, agentField, false);
        if ((at == null) != (agent == null)) {
            error(timeField + " and " + agentField + " must come together");
        }
        return at == null ? 0 : 1;
    }

    private void reference(String conversationId) {
        if (conversationId != null) {
            references++;
            backwardReferences += conversations.contains(conversationId) ? 1 : 0;
        }
    }

    private String text(JsonNode r, String field, boolean required) {
        JsonNode v = r.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                error("missing " + field);
            }
            return null;
        }
        if (!v.isString() || v.stringValue().isBlank()) {
            error(field + " must be a non-blank string");
            return null;
        }
        return v.stringValue();
    }

    private Instant time(JsonNode r, String field, Instant notBefore, boolean required) {
        String s = text(r, field, required);
        if (s == null) {
            return null;
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(s);
            offsetTimes += s.endsWith("Z") ? 0 : 1;
            Instant at = t.toInstant();
            if (notBefore != null && at.isBefore(notBefore)) {
                error(field + " before createdAt");
            }
            if (!at.isBefore(now)) {
                error(field + " in the future: " + s);
            }
            return at;
        } catch (DateTimeParseException e) {
            error(field + " not an ISO-8601 instant with offset: " + s);
            return null;
        }
    }

    private void money(JsonNode r, String field, boolean required, boolean positive) {
        JsonNode v = r.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                error("missing " + field);
            }
            return;
        }
        BigDecimal amount;
        if (v.isNumber()) {
            moneyAsNumber++;
            amount = v.decimalValue();
        } else if (v.isString() && MONEY_STRING.matcher(v.stringValue()).matches()) {
            amount = new BigDecimal(v.stringValue());
        } else {
            error(field + " not money: " + v);
            return;
        }
        if (amount.signum() < 0 || (positive && amount.signum() == 0)) {
            error(field + " out of range: " + amount);
        }
    }

    private void error(String message) {
        if (errors.size() < 20) {
            errors.add("line " + lineNo + ": " + message);
        }
    }

    double weekdayMean() {
        return conversationsByDay.entrySet().stream().filter(e -> !weekend(e.getKey()))
            .mapToInt(Map.Entry::getValue).average().orElse(0);
    }

    double weekendMean() {
        return conversationsByDay.entrySet().stream().filter(e -> weekend(e.getKey()))
            .mapToInt(Map.Entry::getValue).average().orElse(0);
    }

    /** The busiest seven consecutive days' daily mean, over the mean of all other days. */
    double busiestWeekRatio() {
        List<Integer> days = new ArrayList<>(conversationsByDay.values());
        int best = 0;
        for (int i = 0; i + 7 <= days.size(); i++) {
            int sum = days.subList(i, i + 7).stream().mapToInt(Integer::intValue).sum();
            if (sum > best) {
                best = sum;
            }
        }
        int total = days.stream().mapToInt(Integer::intValue).sum();
        double others = (total - best) / (double) (days.size() - 7);
        return best / 7.0 / others;
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    int count(String type) {
        return types.getOrDefault(type, 0);
    }
}
