package app.frontline.ingest;

import app.frontline.error.FieldError;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one place the ingest format's rules live (shared/ingest-format.md): every entry point hands
 * each record here and stores only what comes back {@link Validation.Valid}. The document it builds
 * is the stored layout: {@code _id} = id, instants as dates, money as Decimal128 with its scale,
 * defaults written out, absent optionals omitted, unknown fields under {@code extra}.
 */
@Component
class RecordValidator {

    static final List<String> CHANNELS = List.of("email", "chat", "phone", "social", "messaging");
    static final List<String> RATINGS = List.of("happy", "neutral", "sad");
    static final List<String> OFFER_KINDS = List.of("upsell", "crossSell");
    static final List<String> ORDER_STATUSES = List.of("approved", "declined");
    /** Survey kinds and their score ranges. */
    static final Map<String, int[]> SURVEY_SCALES = Map.of(
            "csat", new int[] {1, 5}, "ces", new int[] {1, 7}, "nps", new int[] {0, 10}, "cx", new int[] {1, 5});
    static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final List<String> SURVEY_KINDS = List.of("csat", "ces", "nps", "cx");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    Validation validate(JsonNode tree) {
        if (!(tree instanceof ObjectNode object)) {
            return new Validation.Invalid(null, null, List.of(new FieldError("line", "is not a JSON object")));
        }
        List<FieldError> errors = new ArrayList<>();
        RecordFields f = new RecordFields(object, "", errors);
        String typeName = f.string("type", true);
        String id = f.string("id", true);
        RecordType type = typeName == null ? null : RecordType.byFormatName(typeName);
        if (typeName != null && type == null) {
            f.error("type", "unknown type '" + typeName + "' (expected one of " + RecordType.NAMES + ")");
        }
        if (type == null) {
            return new Validation.Invalid(typeName, id, errors);
        }
        Document doc = new Document("_id", id);
        List<Validation.Reference> references = new ArrayList<>();
        switch (type) {
            case TEAM -> team(f, doc);
            case AGENT -> agent(f, doc, references);
            case LOGIN -> login(f, doc);
            case CONVERSATION -> conversation(f, doc);
            case SURVEY -> survey(f, doc);
            case ORDER -> order(f, doc);
        }
        put(doc, "extra", f.extra());
        if (!errors.isEmpty() || id == null) {
            return new Validation.Invalid(typeName, id, errors);
        }
        return new Validation.Valid(type, id, doc, references);
    }

    private static void team(RecordFields f, Document doc) {
        put(doc, "name", f.string("name", true));
        String zone = f.string("timeZone", false);
        if (zone != null && !ZONES.contains(zone)) {
            f.error("timeZone", "must be an IANA time zone such as Europe/Amsterdam (got '" + zone + "')");
        }
        put(doc, "timeZone", zone);
        Long sla = f.integer("slaFirstReplyMinutes", false, 1, Integer.MAX_VALUE);
        doc.put("slaFirstReplyMinutes", sla == null ? 60 : sla.intValue());
        workingHours(f, doc);
    }

    /**
     * Optional business hours: {@code workingHours} [{day, from, to}] in the team's local time
     * ("HH:mm", to after from, "24:00" allowed as the day's end) and {@code holidays} ["YYYY-MM-DD"].
     */
    private static void workingHours(RecordFields f, Document doc) {
        List<Document> slots = new ArrayList<>();
        for (RecordFields w : f.objects("workingHours")) {
            Document slot = new Document();
            put(slot, "day", w.oneOf("day", true, WEEKDAYS));
            Integer from = localTime(w, "from", false);
            Integer to = localTime(w, "to", true);
            if (from != null && to != null && to <= from) {
                w.error("to", "must be after from");
            }
            put(slot, "from", from == null ? null : w.string("from", true));
            put(slot, "to", to == null ? null : w.string("to", true));
            put(slot, "extra", w.extra());
            slots.add(slot);
        }
        putList(doc, "workingHours", slots);
        List<String> holidays = new ArrayList<>();
        List<String> given = f.strings("holidays");
        for (int i = 0; i < given.size(); i++) {
            try {
                holidays.add(LocalDate.parse(given.get(i)).toString());
            } catch (DateTimeException e) {
                f.error("holidays[" + i + "]", "must be a date such as 2026-12-25 (got '" + given.get(i) + "')");
            }
        }
        putList(doc, "holidays", holidays);
    }

    /** Minutes after midnight of an "HH:mm" local time, 00:00–23:59, or 24:00 where allowed. */
    private static @Nullable Integer localTime(RecordFields f, String name, boolean endOfDay) {
        String s = f.string(name, true);
        if (s == null) {
            return null;
        }
        if (s.matches("\\d\\d:\\d\\d")) {
            int hours = Integer.parseInt(s.substring(0, 2));
            int minutes = Integer.parseInt(s.substring(3));
            if (hours < 24 && minutes < 60 || endOfDay && hours == 24 && minutes == 0) {
                return hours * 60 + minutes;
            }
        }
        f.error(name, "must be a local time HH:mm, 00:00 to " + (endOfDay ? "24:00" : "23:59") + " (got '" + s + "')");
        return null;
    }

    private static void agent(RecordFields f, Document doc, List<Validation.Reference> references) {
        put(doc, "name", f.string("name", true));
        put(doc, "email", f.string("email", false));
        String teamId = f.string("teamId", true);
        put(doc, "teamId", teamId);
        Boolean active = f.bool("active", false);
        doc.put("active", active == null || active);
        if (teamId != null) {
            references.add(new Validation.Reference("teamId", RecordType.TEAM, teamId));
        }
    }

    private static void login(RecordFields f, Document doc) {
        put(doc, "agentId", f.string("agentId", true));
        put(doc, "at", date(f.instant("at", true)));
    }

    private static void conversation(RecordFields f, Document doc) {
        String channel = f.oneOf("channel", false, CHANNELS);
        doc.put("channel", channel == null ? "email" : channel);
        customer(f, doc, false);
        put(doc, "teamId", f.string("teamId", false));
        put(doc, "assigneeAgentId", f.string("assigneeAgentId", false));
        Instant createdAt = f.instant("createdAt", true);
        put(doc, "createdAt", date(createdAt));
        for (String name : List.of("firstReplyAt", "resolvedAt", "archivedAt")) {
            put(doc, name, date(notBefore(f, name, f.instant(name, false), createdAt)));
        }
        Long handle = f.integer("handleSeconds", false, 0, Long.MAX_VALUE);
        put(doc, "handleSeconds", handle == null ? null : narrow(handle));
        put(doc, "rating", f.oneOf("rating", false, RATINGS));
        List<Document> offers = new ArrayList<>();
        for (RecordFields o : f.objects("offers")) {
            Document offer = new Document();
            put(offer, "kind", o.oneOf("kind", true, OFFER_KINDS));
            put(offer, "accepted", o.bool("accepted", true));
            put(offer, "extra", o.extra());
            offers.add(offer);
        }
        putList(doc, "offers", offers);
        putList(doc, "tags", f.strings("tags"));
    }

    private static void survey(RecordFields f, Document doc) {
        put(doc, "conversationId", f.string("conversationId", false));
        String kind = f.oneOf("kind", true, SURVEY_KINDS);
        put(doc, "kind", kind);
        int[] scale = kind == null ? new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE} : SURVEY_SCALES.get(kind);
        Long score = f.integer("score", true, scale[0], scale[1]);
        put(doc, "score", score == null ? null : score.intValue());
        put(doc, "at", date(f.instant("at", true)));
        put(doc, "comment", f.string("comment", false));
    }

    private static void order(RecordFields f, Document doc) {
        put(doc, "status", f.oneOf("status", true, ORDER_STATUSES));
        Instant createdAt = f.instant("createdAt", true);
        put(doc, "createdAt", date(createdAt));
        customer(f, doc, true);
        put(doc, "total", f.money("total", true, false));
        put(doc, "cogs", f.money("cogs", false, false));
        put(doc, "createdByAgentId", f.string("createdByAgentId", false));
        put(doc, "conversationId", f.string("conversationId", false));
        put(doc, "rebillDiscount", f.money("rebillDiscount", false, false));
        put(doc, "retryDiscount", f.money("retryDiscount", false, false));
        put(doc, "deliveredAt", date(notBefore(f, "deliveredAt", f.instant("deliveredAt", false), createdAt)));
        List<Document> refunds = new ArrayList<>();
        for (RecordFields r : f.objects("refunds")) {
            Document refund = new Document();
            put(refund, "at", date(notBefore(r, "at", r.instant("at", true), createdAt)));
            put(refund, "amount", r.money("amount", true, true));
            put(refund, "byAgentId", r.string("byAgentId", false));
            put(refund, "extra", r.extra());
            refunds.add(refund);
        }
        putList(doc, "refunds", refunds);
        List<Document> returns = new ArrayList<>();
        for (RecordFields r : f.objects("returns")) {
            Document ret = new Document();
            put(ret, "at", date(notBefore(r, "at", r.instant("at", true), createdAt)));
            Boolean rma = r.bool("rma", false);
            ret.put("rma", rma != null && rma);
            put(ret, "byAgentId", r.string("byAgentId", false));
            put(ret, "extra", r.extra());
            returns.add(ret);
        }
        putList(doc, "returns", returns);
        RecordFields c = f.object("chargeback", false);
        if (c != null) {
            Document chargeback = new Document();
            put(chargeback, "at", date(notBefore(c, "at", c.instant("at", true), createdAt)));
            put(chargeback, "extra", c.extra());
            doc.put("chargeback", chargeback);
        }
        action(f, doc, "reprocessedAt", "reprocessedByAgentId", createdAt);
        action(f, doc, "cancelledAt", "cancelledByAgentId", createdAt);
    }

    /**
     * A manual action (reprocess, cancel): its time may come without an agent (then it counts only
     * in store totals), but an agent without a time describes no event and is refused.
     */
    private static void action(RecordFields f, Document doc, String atField, String byField, @Nullable Instant createdAt) {
        Instant at = notBefore(f, atField, f.instant(atField, false), createdAt);
        put(doc, atField, date(at));
        String by = f.string(byField, false);
        if (by != null && at == null && !f.hasError(atField)) {
            f.error(byField, "is only allowed together with " + atField);
        }
        put(doc, byField, by);
    }

    /** customerEmail plus the customer identity of the metrics: trimmed, lower-cased. */
    private static void customer(RecordFields f, Document doc, boolean required) {
        String email = f.string("customerEmail", required);
        put(doc, "customerEmail", email);
        put(doc, "customerKey", email == null ? null : email.trim().toLowerCase(Locale.ROOT));
    }

    private static @Nullable Instant notBefore(RecordFields f, String name, @Nullable Instant at, @Nullable Instant createdAt) {
        if (at != null && createdAt != null && at.isBefore(createdAt)) {
            f.error(name, "must not be before createdAt");
            return null;
        }
        return at;
    }

    private static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Object narrow(long n) {
        return n == (int) n ? (Object) (int) n : (Object) n;
    }

    private static void put(Document doc, String key, @Nullable Object value) {
        if (value != null) {
            doc.put(key, value);
        }
    }

    private static void putList(Document doc, String key, List<?> values) {
        if (!values.isEmpty()) {
            doc.put(key, values);
        }
    }
}
