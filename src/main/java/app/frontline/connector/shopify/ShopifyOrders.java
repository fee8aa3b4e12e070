package app.frontline.connector.shopify;

import app.frontline.connector.BackfillSummary;
import app.frontline.connector.ConnectorIntake;
import app.frontline.connector.ConnectorProperties;
import app.frontline.connector.ConnectorState;
import app.frontline.connector.MappingException;
import app.frontline.connector.OrderLinked;
import app.frontline.connector.OrderLinks;
import app.frontline.connector.Payloads;
import app.frontline.connector.WebhookOutcome;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Shopify order webhooks and backfills, through the connector's view of each order into the importer. */
@Service
class ShopifyOrders {

    static final String SOURCE = "shopify";
    static final String BACKFILL = "backfill";
    /** Topics whose body is a whole order. */
    static final Set<String> ORDER_TOPICS = Set.of("orders/create", "orders/updated", "orders/paid",
            "orders/cancelled", "orders/fulfilled", "orders/partially_fulfilled", BACKFILL);
    static final String REFUND_TOPIC = "refunds/create";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConnectorState state;
    private final ConnectorIntake intake;
    private final OrderLinks links;
    private final ConnectorProperties.Shopify settings;

    ShopifyOrders(ConnectorState state, ConnectorIntake intake, OrderLinks links, ConnectorProperties properties) {
        this.state = state;
        this.intake = intake;
        this.links = links;
        this.settings = properties.shopify();
    }

    /** One webhook delivery, its signature already checked. */
    WebhookOutcome accept(@Nullable String topic, byte[] body) {
        return accept(topic, body, intake.now());
    }

    private WebhookOutcome accept(@Nullable String topic, byte[] body, ConnectorIntake.Sink sink) {
        if (topic == null || !(ORDER_TOPICS.contains(topic) || REFUND_TOPIC.equals(topic))) {
            return WebhookOutcome.ignored("topic " + topic + " is not one Frontline maps (orders/*, refunds/create)");
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(body);
        } catch (RuntimeException e) {
            intake.reject(SOURCE, topic, null, "the body is not JSON: " + e.getMessage(), body);
            return WebhookOutcome.deadLetter("the body is not JSON");
        }
        String reference = REFUND_TOPIC.equals(topic) ? Payloads.text(payload, "order_id") : Payloads.text(payload, "id");
        try {
            ObjectNode view = merge(topic, payload);
            if (ShopifyOrderView.waiting(view)) {
                return WebhookOutcome.waiting("order " + reference + " has not arrived yet; the refund waits for it");
            }
            ObjectNode record = ShopifyOrderView.record(view, settings, links.conversationOf(ShopifyOrderView.refs(view)));
            return sink.store(SOURCE, topic, reference, List.of(record), body);
        } catch (MappingException e) {
            intake.reject(SOURCE, topic, reference, e.getMessage(), body);
            return WebhookOutcome.deadLetter(e.getMessage());
        }
    }

    /** A file of Admin API order JSON ({@code {"orders": [...]}}), every order as an {@code orders/updated}. */
    BackfillSummary backfill(InputStream in) {
        ConnectorIntake.Batch batch = intake.batch();
        BackfillSummary summary = BackfillSummary.read(in, "orders", JSON, (order, bytes) -> accept(BACKFILL, bytes, batch));
        return summary.withRefused(batch.finish());
    }

    /** A ticket now names (or no longer names) an order: re-import it with its conversation. */
    @EventListener
    void onLinked(OrderLinked linked) {
        for (String key : state.keysWithRef(ShopifyOrderView.KEY_PREFIX, linked.orderRef())) {
            ObjectNode view = state.read(key);
            if (!ShopifyOrderView.waiting(view)) {
                try {
                    ObjectNode record = ShopifyOrderView.record(view, settings,
                            links.conversationOf(ShopifyOrderView.refs(view)));
                    intake.now().store(SOURCE, "link", Payloads.text(view.path("order"), "id"), List.of(record),
                            JSON.writeValueAsBytes(view));
                } catch (MappingException e) {
                    // the order was dead-lettered when it arrived; nothing new to store
                }
            }
        }
    }

    private ObjectNode merge(String topic, JsonNode payload) {
        if (REFUND_TOPIC.equals(topic)) {
            ObjectNode refund = ShopifyOrderView.refund(payload);
            String orderId = Payloads.id(payload, "order_id", "the refund");
            return state.update(ShopifyOrderView.key(orderId), s -> ShopifyOrderView.mergeRefund(s, refund),
                    ShopifyOrderView::refs, ShopifyOrderView::waiting);
        }
        ObjectNode order = ShopifyOrderView.order(payload);
        // check every refund before anything is stored: a bad one dead-letters the whole payload
        payload.path("refunds").forEach(ShopifyOrderView::refund);
        return state.update(ShopifyOrderView.key(order.get("id").asString()),
                s -> ShopifyOrderView.mergeOrder(s, order, payload.path("refunds")),
                ShopifyOrderView::refs, ShopifyOrderView::waiting);
    }
}
