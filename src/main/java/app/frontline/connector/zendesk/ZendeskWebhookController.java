package app.frontline.connector.zendesk;

import app.frontline.connector.ConnectorProperties;
import app.frontline.connector.Deliveries;
import app.frontline.connector.Payloads;
import app.frontline.connector.WebhookOutcome;
import app.frontline.connector.WebhookResponses;
import app.frontline.connector.WebhookSignature;
import app.frontline.security.Access;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /webhooks/zendesk}: ticket events (and ticket bodies sent by a trigger), authenticated
 * by {@code X-Zendesk-Webhook-Signature}, the base64 HMAC-SHA256 of
 * {@code X-Zendesk-Webhook-Signature-Timestamp} followed by the raw body. And {@code POST
 * /api/connectors/zendesk/backfill}: an incremental ticket export file, for callers who may ingest.
 */
@RestController
class ZendeskWebhookController {

    static final String SIGNATURE = "X-Zendesk-Webhook-Signature";
    static final String TIMESTAMP = "X-Zendesk-Webhook-Signature-Timestamp";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConnectorProperties.Zendesk settings;
    private final ZendeskTickets tickets;
    private final Deliveries deliveries;
    private final Access access;

    ZendeskWebhookController(ConnectorProperties properties, ZendeskTickets tickets, Deliveries deliveries,
            Access access) {
        this.settings = properties.zendesk();
        this.tickets = tickets;
        this.deliveries = deliveries;
        this.access = access;
    }

    @PostMapping("/webhooks/zendesk")
    ResponseEntity<?> receive(@RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = SIGNATURE, required = false) @Nullable String signature,
            @RequestHeader(name = TIMESTAMP, required = false) @Nullable String timestamp,
            @RequestHeader(name = "X-Zendesk-Webhook-Invocation-Id", required = false) @Nullable String invocation) {
        String secret = settings.secret();
        if (secret == null || secret.isBlank()) {
            return WebhookResponses.off("Zendesk", "frontline.connectors.zendesk.secret");
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (timestamp == null
                || !WebhookSignature.matches(signature, secret, timestamp.getBytes(StandardCharsets.UTF_8), raw)) {
            return WebhookResponses.unauthorized(SIGNATURE);
        }
        // an event's own id is stable across Zendesk's retries; a trigger's body has only the invocation
        String deliveryId = eventId(raw);
        if (deliveryId == null) {
            deliveryId = invocation;
        }
        if (deliveryId != null && deliveries.seen(ZendeskTickets.SOURCE, deliveryId)) {
            return WebhookResponses.handled(WebhookOutcome.duplicate(deliveryId));
        }
        WebhookOutcome outcome = tickets.accept(raw);
        if (deliveryId != null) {
            deliveries.remember(ZendeskTickets.SOURCE, deliveryId);
        }
        return WebhookResponses.handled(outcome);
    }

    @PostMapping("/api/connectors/zendesk/backfill")
    ResponseEntity<?> backfill(HttpServletRequest request) {
        return WebhookResponses.backfill(request, access, tickets::backfill);
    }

    private static @Nullable String eventId(byte[] body) {
        try {
            var tree = JSON.readTree(body);
            return Payloads.text(tree, "type") == null ? null : Payloads.text(tree, "id");
        } catch (RuntimeException e) {
            return null;
        }
    }
}
