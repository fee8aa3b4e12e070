package app.frontline.connector.shopify;

import app.frontline.connector.ConnectorProperties;
import app.frontline.connector.Deliveries;
import app.frontline.connector.WebhookOutcome;
import app.frontline.connector.WebhookResponses;
import app.frontline.connector.WebhookSignature;
import app.frontline.security.Access;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/shopify}: Shopify's order webhooks, authenticated by nothing but the
 * {@code X-Shopify-Hmac-Sha256} signature of the raw body (the security configuration lets these
 * requests through without a session or CSRF token). And {@code POST
 * /api/connectors/shopify/backfill}: a file of Admin API orders, for callers who may ingest.
 */
@RestController
class ShopifyWebhookController {

    static final String SIGNATURE = "X-Shopify-Hmac-Sha256";

    private final ConnectorProperties.Shopify settings;
    private final ShopifyOrders orders;
    private final Deliveries deliveries;
    private final Access access;

    ShopifyWebhookController(ConnectorProperties properties, ShopifyOrders orders, Deliveries deliveries, Access access) {
        this.settings = properties.shopify();
        this.orders = orders;
        this.deliveries = deliveries;
        this.access = access;
    }

    @PostMapping("/webhooks/shopify")
    ResponseEntity<?> receive(@RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = SIGNATURE, required = false) @Nullable String signature,
            @RequestHeader(name = "X-Shopify-Topic", required = false) @Nullable String topic,
            @RequestHeader(name = "X-Shopify-Webhook-Id", required = false) @Nullable String webhookId) {
        String secret = settings.secret();
        if (secret == null || secret.isBlank()) {
            return WebhookResponses.off("Shopify", "frontline.connectors.shopify.secret");
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (!WebhookSignature.matches(signature, secret, raw)) {
            return WebhookResponses.unauthorized(SIGNATURE);
        }
        if (webhookId != null && deliveries.seen(ShopifyOrders.SOURCE, webhookId)) {
            return WebhookResponses.handled(WebhookOutcome.duplicate(webhookId));
        }
        WebhookOutcome outcome = orders.accept(topic, raw);
        if (webhookId != null) {
            deliveries.remember(ShopifyOrders.SOURCE, webhookId);
        }
        return WebhookResponses.handled(outcome);
    }

    @PostMapping("/api/connectors/shopify/backfill")
    ResponseEntity<?> backfill(HttpServletRequest request) {
        return WebhookResponses.backfill(request, access, orders::backfill);
    }
}
