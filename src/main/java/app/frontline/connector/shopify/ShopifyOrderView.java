package app.frontline.connector.shopify;

import static app.frontline.connector.Payloads.id;
import static app.frontline.connector.Payloads.text;
import static app.frontline.connector.Payloads.time;

import app.frontline.connector.ConnectorProperties;
import app.frontline.connector.MappingException;
import app.frontline.connector.OrderLinks;
import app.frontline.connector.Payloads;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The connector's view of one Shopify order and the ingest record made from it. Merging does not
 * depend on arrival order: the order snapshot with the latest {@code updated_at} wins (a replayed
 * {@code orders/create} cannot undo a cancel), and refunds are a set by refund id fed by every
 * snapshot's {@code refunds[]} and by {@code refunds/create}, so a refund that arrives before its
 * order waits in the view and one that arrives twice counts once.
 */
final class ShopifyOrderView {

    static final String KEY_PREFIX = "shopify:order:";
    /** Financial statuses of an order whose payment failed or was cancelled before capture. */
    private static final Set<String> DECLINED = Set.of("voided", "expired");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ShopifyOrderView() {
    }

    static String key(String orderId) {
        return KEY_PREFIX + orderId;
    }

    static String recordId(String orderId) {
        return "shopify-" + orderId;
    }

    /** Checks an order payload and keeps the fields the mapping reads; throws when unmappable. */
    static ObjectNode order(JsonNode order) {
        if (!order.isObject()) {
            throw new MappingException("the order payload is not a JSON object");
        }
        id(order, "id", "the order");
        time(order, "updated_at", "the order");
        ObjectNode kept = NODES.objectNode();
        for (String field : List.of("id", "name", "order_number", "created_at", "updated_at", "financial_status",
                "cancelled_at", "total_price", "email", "contact_email", "user_id", "tags")) {
            String value = text(order, field);
            if (value != null) {
                kept.put(field, value);
            }
        }
        String customerEmail = text(order.path("customer"), "email");
        if (customerEmail != null) {
            kept.put("customer_email", customerEmail);
        }
        return kept;
    }

    /** Checks a refund payload (an element of {@code refunds[]} or a {@code refunds/create} body). */
    static ObjectNode refund(JsonNode refund) {
        String id = id(refund, "id", "the refund");
        if (time(refund, "created_at", "refund " + id) == null) {
            throw new MappingException("refund " + id + " has no created_at");
        }
        BigDecimal amount = BigDecimal.ZERO;
        for (JsonNode t : refund.path("transactions")) {
            String status = text(t, "status");
            if ("refund".equals(text(t, "kind")) && (status == null || "success".equals(status))) {
                String value = text(t, "amount");
                try {
                    amount = amount.add(new BigDecimal(value == null ? "0" : value));
                } catch (NumberFormatException e) {
                    throw new MappingException("refund " + id + " has a transaction amount that is not a number: " + value);
                }
            }
        }
        ObjectNode kept = NODES.objectNode();
        kept.put("id", id);
        kept.put("created_at", text(refund, "created_at"));
        kept.put("amount", amount.toPlainString());
        String user = text(refund, "user_id");
        if (user != null) {
            kept.put("user_id", user);
        }
        // Shopify links a refund made from a return to it (Admin API 2023-04 and later)
        kept.put("return", refund.path("return").isObject());
        return kept;
    }

    /** Merges an order snapshot (checked by {@link #order}) and the refunds it lists. */
    static void mergeOrder(ObjectNode state, ObjectNode order, JsonNode refunds) {
        JsonNode stored = state.path("order");
        if (!stored.isObject() || !Payloads.later(time(stored, "updated_at", "the order"),
                time(order, "updated_at", "the order"))) {
            state.set("order", order);
        }
        for (JsonNode refund : refunds) {
            mergeRefund(state, refund(refund));
        }
    }

    static void mergeRefund(ObjectNode state, ObjectNode refund) {
        ObjectNode refunds = state.has("refunds") ? (ObjectNode) state.get("refunds") : state.putObject("refunds");
        refunds.set(refund.get("id").asString(), refund);
    }

    /** The names a helpdesk ticket may use for the order: id, name without {@code #}, number. */
    static List<String> refs(ObjectNode state) {
        JsonNode order = state.path("order");
        List<String> refs = new ArrayList<>();
        for (String field : List.of("id", "name", "order_number")) {
            String value = text(order, field);
            if (value != null && !refs.contains(OrderLinks.normalize(value))) {
                refs.add(OrderLinks.normalize(value));
            }
        }
        return refs;
    }

    /** A view of refunds only: its order has not arrived. */
    static boolean waiting(ObjectNode state) {
        return !state.path("order").isObject();
    }

    /** The ingest-format order record of a complete view. */
    static ObjectNode record(ObjectNode state, ConnectorProperties.Shopify settings, Optional<String> conversationId) {
        JsonNode order = state.path("order");
        String id = order.get("id").asString();
        ObjectNode record = NODES.objectNode();
        record.put("type", "order");
        record.put("id", recordId(id));
        String financial = text(order, "financial_status");
        record.put("status", financial != null && DECLINED.contains(financial) ? "declined" : "approved");
        put(record, "createdAt", text(order, "created_at"));
        String email = firstOf(text(order, "email"), text(order, "contact_email"), text(order, "customer_email"));
        if (email == null) {
            throw new MappingException("order " + id + " has no customer e-mail (email, contact_email or customer.email); "
                    + "Frontline's order record requires one");
        }
        record.put("customerEmail", email);
        put(record, "total", text(order, "total_price"));
        put(record, "createdByAgentId", agent(settings, text(order, "user_id"), text(order, "tags")));
        conversationId.ifPresent(c -> record.put("conversationId", c));
        put(record, "cancelledAt", text(order, "cancelled_at"));
        ArrayNode refunds = NODES.arrayNode();
        ArrayNode returns = NODES.arrayNode();
        for (JsonNode refund : state.path("refunds")) {
            String by = agent(settings, text(refund, "user_id"), null);
            if (new BigDecimal(refund.get("amount").asString()).signum() > 0) {
                ObjectNode r = refunds.addObject();
                r.put("at", text(refund, "created_at"));
                r.put("amount", refund.get("amount").asString());
                put(r, "byAgentId", by);
            }
            if (refund.path("return").asBoolean(false)) {
                ObjectNode r = returns.addObject();
                r.put("at", text(refund, "created_at"));
                r.put("rma", true);
                put(r, "byAgentId", by);
            }
        }
        if (!refunds.isEmpty()) {
            record.set("refunds", refunds);
        }
        if (!returns.isEmpty()) {
            record.set("returns", returns);
        }
        return record;
    }

    /** The agent of a staff id, else of the first mapped order tag. */
    private static @Nullable String agent(ConnectorProperties.Shopify settings, @Nullable String staffId,
            @Nullable String tags) {
        if (staffId != null && settings.staffAgents().containsKey(staffId)) {
            return settings.staffAgents().get(staffId);
        }
        if (tags != null) {
            return Arrays.stream(tags.split(",")).map(String::trim).filter(settings.tagAgents()::containsKey)
                    .map(settings.tagAgents()::get).findFirst().orElse(null);
        }
        return null;
    }

    private static @Nullable String firstOf(@Nullable String... values) {
        return Arrays.stream(values).filter(v -> v != null).findFirst().orElse(null);
    }

    private static void put(ObjectNode node, String field, @Nullable String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
