package app.frontline.connector.zendesk;

import static app.frontline.connector.Payloads.text;
import static app.frontline.connector.Payloads.time;

import app.frontline.connector.ConnectorProperties;
import app.frontline.connector.MappingException;
import app.frontline.connector.OrderLinks;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The connector's view of one Zendesk ticket and the conversation (and CSAT survey) made from it.
 * Every event carries a snapshot of the ticket ({@code detail}); the snapshot with the latest time
 * wins for status, group, assignee, channel and tags, so an older event arriving late changes
 * nothing (field by field, so a partial snapshot erases nothing). Facts that only events tell merge without regard to order: the first public agent reply
 * is the earliest such comment seen, solved and closed times the latest transition seen, and the
 * created time comes with every snapshot (so an update before its create still makes a whole
 * conversation).
 */
final class ZendeskTicketView {

    static final String KEY_PREFIX = "zendesk:ticket:";
    /**
     * A staff comment within this long of the ticket's creation is the ticket's own opening text (an
     * agent who opens a ticket for a customer), not a reply to the customer.
     */
    static final Duration OPENING_COMMENT = Duration.ofSeconds(1);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Zendesk's {@code via.channel} values → the ingest format's channels (others: email). */
    private static final Map<String, String> CHANNELS = Map.ofEntries(
            Map.entry("chat", "chat"), Map.entry("chat_transcript", "chat"),
            Map.entry("voice", "phone"), Map.entry("phone", "phone"),
            Map.entry("twitter", "social"), Map.entry("facebook", "social"), Map.entry("instagram", "social"),
            Map.entry("native_messaging", "messaging"), Map.entry("messaging", "messaging"),
            Map.entry("sms", "messaging"), Map.entry("whatsapp", "messaging"), Map.entry("line", "messaging"),
            Map.entry("wechat", "messaging"), Map.entry("telegram", "messaging"),
            Map.entry("instagram_dm", "messaging"), Map.entry("facebook_messenger", "messaging"));

    private ZendeskTicketView() {
    }

    static String key(String ticketId) {
        return KEY_PREFIX + ticketId;
    }

    static String conversationId(String ticketId) {
        return "zendesk-" + ticketId;
    }

    /**
     * Merges a ticket snapshot taken at {@code at}: an event's {@code detail} (ids as strings, status
     * upper case) or a ticket of the REST API and the incremental export (numbers, lower case).
     */
    static void mergeSnapshot(ObjectNode state, JsonNode ticket, OffsetDateTime at, ConnectorProperties.Zendesk settings) {
        String created = text(ticket, "created_at");
        if (created != null) {
            time(ticket, "created_at", "ticket");
            state.put("createdAt", created);
        }
        state.put("ticketId", text(ticket, "id"));
        // each field is last-writer-wins on its own: a partial snapshot neither erases what it leaves
        // out nor blocks an older, fuller snapshot that arrives after it
        String status = text(ticket, "status");
        if (status != null) {
            set(state, "status", at, status.toLowerCase(Locale.ROOT));
        }
        // a field the snapshot leaves out says nothing; one that is null says "none"
        if (ticket.has("group_id")) {
            set(state, "groupId", at, text(ticket, "group_id"));
        }
        if (ticket.has("assignee_id")) {
            set(state, "assigneeId", at, text(ticket, "assignee_id"));
        }
        String channel = text(ticket.path("via"), "channel");
        if (channel != null) {
            set(state, "channel", at, channel.toLowerCase(Locale.ROOT));
        }
        if (ticket.path("tags").isArray() && newer(state, "tags", at)) {
            ArrayNode tags = state.putArray("tags");
            ticket.path("tags").forEach(t -> tags.add(t.asString()));
        }
        for (JsonNode field : ticket.path("custom_fields")) {
            if (settings.orderField() != null && settings.orderField().equals(text(field, "id"))) {
                set(state, "orderField", at, text(field, "value"));
            }
        }
        JsonNode rating = ticket.path("satisfaction_rating");
        String score = rating.isObject() ? text(rating, "score") : null;
        if (score != null && ("good".equals(score) || "bad".equals(score)) && newer(state, "satisfaction", at)) {
            ObjectNode satisfaction = state.putObject("satisfaction");
            satisfaction.put("score", score);
            satisfaction.put("at", at.toString());
        }
    }

    /** Sets (or, for null, removes) a field when {@code at} is not older than its last write. */
    private static void set(ObjectNode state, String field, OffsetDateTime at, @Nullable String value) {
        if (newer(state, field, at)) {
            putOrRemove(state, field, value);
        }
    }

    /** Whether a write at {@code at} may replace the field; records the time when so. */
    private static boolean newer(ObjectNode state, String field, OffsetDateTime at) {
        ObjectNode times = state.has("fieldAt") ? (ObjectNode) state.get("fieldAt") : state.putObject("fieldAt");
        OffsetDateTime stored = parse(times.path(field).asString(null));
        if (stored != null && at.isBefore(stored)) {
            return false;
        }
        times.put(field, at.toString());
        return true;
    }

    /** One {@code zen:event-type:ticket.<kind>} event at {@code at}: its snapshot, then what the kind tells. */
    static void mergeEvent(ObjectNode state, String kind, JsonNode detail, JsonNode event, OffsetDateTime at,
            ConnectorProperties.Zendesk settings) {
        mergeSnapshot(state, detail, at, settings);
        switch (kind) {
            case "status_changed" -> mergeStatus(state, text(event, "current"), at);
            case "comment_added" -> mergeComment(state, event.path("comment"), at);
            case "custom_field_changed" -> mergeCustomField(state, event, at, settings);
            default -> { }
        }
    }

    /** A ticket's status became {@code current} at {@code at}. */
    static void mergeStatus(ObjectNode state, @Nullable String current, OffsetDateTime at) {
        String status = current == null ? "" : current.toLowerCase(Locale.ROOT);
        if ("solved".equals(status) && later(state, "solvedAt", at)) {
            state.put("solvedAt", at.toString());
        }
        if ("closed".equals(status) && later(state, "closedAt", at)) {
            state.put("closedAt", at.toString());
        }
    }

    /** A comment: a public one by staff, after the opening, is a reply; the first such counts. */
    static void mergeComment(ObjectNode state, JsonNode comment, OffsetDateTime at) {
        if (!comment.path("is_public").asBoolean(false) || !comment.path("author").path("is_staff").asBoolean(false)) {
            return;
        }
        OffsetDateTime created = parse(state.path("createdAt").asString(null));
        if (created != null && !at.isAfter(created.plus(OPENING_COMMENT))) {
            return;
        }
        OffsetDateTime first = parse(state.path("firstReplyAt").asString(null));
        if (first == null || at.isBefore(first)) {
            state.put("firstReplyAt", at.toString());
        }
    }

    /** A custom field changed: only the configured order field matters. */
    static void mergeCustomField(ObjectNode state, JsonNode event, OffsetDateTime at, ConnectorProperties.Zendesk settings) {
        if (settings.orderField() != null && settings.orderField().equals(text(event.path("custom_field"), "id"))) {
            JsonNode current = event.path("current");
            set(state, "orderField", at, current.isObject() ? text(current, "value") : text(event, "current"));
        }
    }

    /** The incremental export's metric set: the first reply and the last solve, as Zendesk measured them. */
    static void mergeMetrics(ObjectNode state, JsonNode metrics) {
        // kept as minutes: the metric set may arrive before the ticket that says when it was created
        JsonNode minutes = metrics.path("reply_time_in_minutes").path("calendar");
        if (minutes.isNumber() && (!state.has("replyMinutes") || minutes.asLong() < state.get("replyMinutes").asLong())) {
            state.put("replyMinutes", minutes.asLong());
        }
        OffsetDateTime solved = time(metrics, "solved_at", "metric set");
        if (solved != null && later(state, "solvedAt", solved)) {
            state.put("solvedAt", solved.toString());
        }
    }

    /** The order the ticket names: the configured field, else the first tag with the prefix. */
    static @Nullable String orderRef(ObjectNode state, ConnectorProperties.Zendesk settings) {
        String field = state.path("orderField").asString(null);
        if (field != null) {
            return OrderLinks.normalize(field);
        }
        String prefix = settings.orderTagPrefix();
        if (prefix.isEmpty()) {
            return null;
        }
        for (JsonNode tag : state.path("tags")) {
            String t = tag.asString();
            if (t.startsWith(prefix) && t.length() > prefix.length()) {
                return OrderLinks.normalize(t.substring(prefix.length()));
            }
        }
        return null;
    }

    /** The conversation, and its CSAT survey when the ticket was rated good or bad. */
    static List<ObjectNode> records(ObjectNode state, ConnectorProperties.Zendesk settings) {
        String ticketId = state.path("ticketId").asString(null);
        String created = state.path("createdAt").asString(null);
        if (ticketId == null || created == null) {
            throw new MappingException("ticket " + ticketId + " has no created_at in any event received");
        }
        String id = conversationId(ticketId);
        ObjectNode conversation = NODES.objectNode();
        conversation.put("type", "conversation");
        conversation.put("id", id);
        conversation.put("createdAt", created);
        conversation.put("channel", CHANNELS.getOrDefault(state.path("channel").asString(""), "email"));
        put(conversation, "teamId", mapped(settings.groupTeams(), state.path("groupId").asString(null)));
        put(conversation, "assigneeAgentId", mapped(settings.userAgents(), state.path("assigneeId").asString(null)));
        put(conversation, "firstReplyAt", firstReply(state, OffsetDateTime.parse(created)));
        String status = state.path("status").asString("");
        // a reopened ticket is not resolved, whatever it was before
        if ("solved".equals(status) || "closed".equals(status)) {
            put(conversation, "resolvedAt", Optional.ofNullable(state.path("solvedAt").asString(null))
                    .orElse(state.path("closedAt").asString(null)));
        }
        if ("closed".equals(status)) {
            put(conversation, "archivedAt", state.path("closedAt").asString(null));
        }
        JsonNode satisfaction = state.path("satisfaction");
        String score = satisfaction.path("score").asString(null);
        if (score != null) {
            conversation.put("rating", "good".equals(score) ? "happy" : "sad");
        }
        if (state.path("tags").isArray() && !state.path("tags").isEmpty()) {
            conversation.set("tags", state.get("tags").deepCopy());
        }
        List<ObjectNode> records = new ArrayList<>(List.of(conversation));
        if (score != null) {
            ObjectNode survey = NODES.objectNode();
            survey.put("type", "survey");
            survey.put("id", "zendesk-csat-" + ticketId);
            survey.put("conversationId", id);
            survey.put("kind", "csat");
            // good and bad are the two ends of CSAT's 1–5: good counts as satisfied (4–5), bad not
            survey.put("score", "good".equals(score) ? 5 : 1);
            survey.put("at", satisfaction.path("at").asString());
            records.add(survey);
        }
        return records;
    }

    /** The earliest of the replies seen in comments and the one Zendesk's metric set measured. */
    private static @Nullable String firstReply(ObjectNode state, OffsetDateTime created) {
        OffsetDateTime comment = parse(state.path("firstReplyAt").asString(null));
        OffsetDateTime measured = state.has("replyMinutes") ? created.plusMinutes(state.get("replyMinutes").asLong()) : null;
        OffsetDateTime first = comment == null || measured != null && measured.isBefore(comment) ? measured : comment;
        return first == null ? null : first.toString();
    }

    /** A view that has not yet seen its ticket's creation time (e.g. a metric set before its ticket). */
    static boolean waiting(ObjectNode state) {
        return !state.has("createdAt");
    }

    private static @Nullable String mapped(Map<String, String> mapping, @Nullable String platformId) {
        return platformId == null ? null : mapping.get(platformId);
    }

    /** Whether {@code at} is later than the state's time under the field (absent: yes). */
    private static boolean later(ObjectNode state, String field, OffsetDateTime at) {
        OffsetDateTime stored = parse(state.path(field).asString(null));
        return stored == null || !at.isBefore(stored);
    }

    private static @Nullable OffsetDateTime parse(@Nullable String time) {
        return time == null ? null : OffsetDateTime.parse(time);
    }

    private static void putOrRemove(ObjectNode node, String field, @Nullable String value) {
        if (value == null) {
            node.remove(field);
        } else {
            node.put(field, value);
        }
    }

    private static void put(ObjectNode node, String field, @Nullable String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
