package app.frontline.connector.zendesk;

import app.frontline.connector.BackfillSummary;
import app.frontline.connector.ConnectorIntake;
import app.frontline.connector.ConnectorProperties;
import app.frontline.connector.ConnectorState;
import app.frontline.connector.MappingException;
import app.frontline.connector.OrderLinks;
import app.frontline.connector.Payloads;
import app.frontline.connector.WebhookOutcome;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Zendesk ticket events, ticket snapshots and export files, through the view of each ticket into the importer. */
@Service
class ZendeskTickets {

    static final String SOURCE = "zendesk";
    static final String EVENT_PREFIX = "zen:event-type:ticket.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConnectorState state;
    private final ConnectorIntake intake;
    private final OrderLinks links;
    private final ConnectorProperties.Zendesk settings;

    ZendeskTickets(ConnectorState state, ConnectorIntake intake, OrderLinks links, ConnectorProperties properties) {
        this.state = state;
        this.intake = intake;
        this.links = links;
        this.settings = properties.zendesk();
    }

    /** One webhook delivery (signature checked): a {@code zen:event-type:ticket.*} event or a {@code {"ticket": …}} body. */
    WebhookOutcome accept(byte[] body) {
        ConnectorIntake.Sink sink = intake.now();
        JsonNode payload;
        try {
            payload = JSON.readTree(body);
        } catch (RuntimeException e) {
            intake.reject(SOURCE, "webhook", null, "the body is not JSON: " + e.getMessage(), body);
            return WebhookOutcome.deadLetter("the body is not JSON");
        }
        String type = Payloads.text(payload, "type");
        if (payload.path("ticket").isObject()) {
            return snapshot("ticket", payload.get("ticket"), body, sink);
        }
        if (type == null || !type.startsWith(EVENT_PREFIX) || !payload.path("detail").isObject()) {
            if (type != null && type.startsWith("zen:event-type:")) {
                return WebhookOutcome.ignored("event " + type + " is not a ticket event");
            }
            intake.reject(SOURCE, String.valueOf(type), null,
                    "neither a zen:event-type:ticket.* event with a detail nor a {\"ticket\": …} body", body);
            return WebhookOutcome.deadLetter("not a Zendesk ticket event");
        }
        JsonNode detail = payload.get("detail");
        String ticketId = Payloads.text(detail, "id");
        try {
            if (ticketId == null) {
                throw new MappingException("the event's detail has no ticket id");
            }
            OffsetDateTime at = Payloads.time(payload, "time", "the event");
            if (at == null) {
                throw new MappingException("the event has no time");
            }
            JsonNode event = payload.path("event");
            return update(type, ticketId, body, sink,
                    s -> ZendeskTicketView.mergeEvent(s, type.substring(EVENT_PREFIX.length()), detail, event, at, settings));
        } catch (MappingException e) {
            intake.reject(SOURCE, type, ticketId, e.getMessage(), body);
            return WebhookOutcome.deadLetter(e.getMessage());
        }
    }

    /**
     * An incremental ticket export file ({@code {"tickets": […], "metric_sets": […]}}, the metric
     * sets present when exported with {@code include=metric_sets}).
     */
    BackfillSummary backfill(InputStream in) {
        ConnectorIntake.Batch batch = intake.batch();
        BackfillSummary summary = BackfillSummary.read(in, JSON, Map.of(
                "tickets", (ticket, bytes) -> snapshot("backfill", ticket, bytes, batch),
                "metric_sets", (metrics, bytes) -> metrics(metrics, bytes, batch)));
        return summary.withRefused(batch.finish());
    }

    private WebhookOutcome snapshot(String topic, JsonNode ticket, byte[] body, ConnectorIntake.Sink sink) {
        String ticketId = Payloads.text(ticket, "id");
        try {
            if (ticketId == null) {
                throw new MappingException("the ticket has no id");
            }
            if ("deleted".equals(Payloads.text(ticket, "status"))) {
                return WebhookOutcome.ignored("ticket " + ticketId + " is deleted");
            }
            OffsetDateTime at = Payloads.time(ticket, "updated_at", "ticket " + ticketId);
            if (at == null) {
                throw new MappingException("ticket " + ticketId + " has no updated_at");
            }
            return update(topic, ticketId, body, sink, s -> ZendeskTicketView.mergeSnapshot(s, ticket, at, settings));
        } catch (MappingException e) {
            intake.reject(SOURCE, topic, ticketId, e.getMessage(), body);
            return WebhookOutcome.deadLetter(e.getMessage());
        }
    }

    private WebhookOutcome metrics(JsonNode metrics, byte[] body, ConnectorIntake.Sink sink) {
        String ticketId = Payloads.text(metrics, "ticket_id");
        try {
            if (ticketId == null) {
                throw new MappingException("the metric set has no ticket_id");
            }
            return update("backfill", ticketId, body, sink, s -> ZendeskTicketView.mergeMetrics(s, metrics));
        } catch (MappingException e) {
            intake.reject(SOURCE, "backfill", ticketId, e.getMessage(), body);
            return WebhookOutcome.deadLetter(e.getMessage());
        }
    }

    /** Merges into the ticket's view, imports its records when whole, and moves its order link along. */
    private WebhookOutcome update(String topic, String ticketId, byte[] body, ConnectorIntake.Sink sink,
            Consumer<ObjectNode> change) {
        String[] before = new String[1];
        ObjectNode view = state.update(ZendeskTicketView.key(ticketId), s -> {
            before[0] = ZendeskTicketView.orderRef(s, settings);
            change.accept(s);
        }, s -> List.of(), ZendeskTicketView::waiting);
        if (ZendeskTicketView.waiting(view)) {
            return WebhookOutcome.waiting("ticket " + ticketId + " waits for its creation time");
        }
        List<ObjectNode> records = ZendeskTicketView.records(view, settings);
        WebhookOutcome outcome = sink.store(SOURCE, topic, ticketId, records, body);
        if (!"dead-letter".equals(outcome.status())) {
            moveLink(before[0], ZendeskTicketView.orderRef(view, settings), ZendeskTicketView.conversationId(ticketId));
        }
        return outcome;
    }

    private void moveLink(@Nullable String before, @Nullable String after, String conversationId) {
        if (before != null && !before.equals(after)) {
            links.unlink(before, conversationId);
        }
        if (after != null && !Objects.equals(before, after)) {
            links.link(after, conversationId);
        }
    }
}
