package app.frontline.metric;

import app.frontline.metric.Facts.ActionKind;
import app.frontline.metric.Facts.ConnectedOrder;
import app.frontline.metric.Facts.Conversation;
import app.frontline.metric.Facts.CreatedOrder;
import app.frontline.metric.Facts.Login;
import app.frontline.metric.Facts.OrderAction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jspecify.annotations.Nullable;

/**
 * How a stored document becomes facts: one mapping for the raw path (documents read for a
 * request) and the in-memory index (documents as they are imported), so both count alike.
 */
final class FactMapping {

    private FactMapping() {
    }

    /** Everything one order contributes, whatever the window: its facts each carry their own time. */
    record OrderFacts(String id, @Nullable CreatedOrder created, List<OrderAction> actions,
            @Nullable String conversationId, @Nullable ConnectedOrder connected) {

        /** The approved order's creation time in the customer's history, or null. */
        @Nullable Instant approvedAt() {
            return connected != null ? connected.createdAt() : created != null ? created.createdAt() : null;
        }

        @Nullable String customerKey() {
            return connected != null ? connected.customerKey() : created != null ? created.customerKey() : null;
        }
    }

    /** A survey answer as stored; its team, agent, channel and tags come from its conversation. */
    record SurveyAnswer(String id, Instant at, String kind, int score, @Nullable String conversationId) {
    }

    static OrderFacts order(Document order) {
        boolean approved = "approved".equals(order.getString("status"));
        Instant createdAt = instant(order, "createdAt");
        CreatedOrder created = null;
        ConnectedOrder connected = null;
        String conversationId = order.getString("conversationId");
        if (approved && createdAt != null) {
            created = new CreatedOrder(createdAt, customerKey(order), money(order.get("total")),
                    money(order.get("cogs")), order.getString("createdByAgentId"),
                    money(order.get("rebillDiscount")), money(order.get("retryDiscount")),
                    instant(order, "deliveredAt"));
            if (conversationId != null) {
                connected = new ConnectedOrder(customerKey(order), createdAt, money(order.get("total")));
            }
        }
        List<OrderAction> actions = new ArrayList<>(0);
        for (Document refund : list(order, "refunds")) {
            Instant at = instant(refund, "at");
            if (at != null) {
                actions.add(new OrderAction(ActionKind.REFUND, at, refund.getString("byAgentId"),
                        money(refund.get("amount"))));
            }
        }
        for (Document ret : list(order, "returns")) {
            Instant at = instant(ret, "at");
            if (at != null) {
                ActionKind kind = Boolean.TRUE.equals(ret.get("rma")) ? ActionKind.RMA_RETURN : ActionKind.RETURN;
                actions.add(new OrderAction(kind, at, ret.getString("byAgentId"), BigDecimal.ZERO));
            }
        }
        if (order.get("chargeback") instanceof Document chargeback && instant(chargeback, "at") != null) {
            actions.add(new OrderAction(ActionKind.CHARGEBACK, instant(chargeback, "at"),
                    order.getString("createdByAgentId"), money(order.get("total"))));
        }
        if (instant(order, "reprocessedAt") != null) {
            actions.add(new OrderAction(ActionKind.REPROCESS, instant(order, "reprocessedAt"),
                    order.getString("reprocessedByAgentId"), BigDecimal.ZERO));
        }
        if (instant(order, "cancelledAt") != null) {
            actions.add(new OrderAction(ActionKind.CANCEL, instant(order, "cancelledAt"),
                    order.getString("cancelledByAgentId"), BigDecimal.ZERO));
        }
        return new OrderFacts(String.valueOf(order.get("_id")), created, actions.isEmpty() ? List.of() : actions,
                conversationId, connected);
    }

    static @Nullable Conversation conversation(Document c) {
        Instant createdAt = instant(c, "createdAt");
        if (createdAt == null) {
            return null;
        }
        int[] offers = new int[4];
        for (Document offer : list(c, "offers")) {
            int base = "upsell".equals(offer.getString("kind")) ? 0
                    : "crossSell".equals(offer.getString("kind")) ? 2 : -1;
            if (base >= 0) {
                offers[base]++;
                if (Boolean.TRUE.equals(offer.get("accepted"))) {
                    offers[base + 1]++;
                }
            }
        }
        Long handle = c.get("handleSeconds") instanceof Number n ? millis(n) : null;
        return new Conversation(c.get("_id").toString(), createdAt, c.getString("teamId"),
                c.getString("assigneeAgentId"), c.getString("channel"), strings(c, "tags"),
                instant(c, "firstReplyAt"), instant(c, "resolvedAt"),
                c.get("archivedAt") != null, handle, c.getString("rating"), offers[0], offers[1], offers[2],
                offers[3]);
    }

    static @Nullable SurveyAnswer survey(Document s) {
        Instant at = instant(s, "at");
        if (at == null || !(s.get("score") instanceof Number score) || s.getString("kind") == null) {
            return null;
        }
        return new SurveyAnswer(String.valueOf(s.get("_id")), at, s.getString("kind"), score.intValue(),
                s.getString("conversationId"));
    }

    static @Nullable Login login(Document l) {
        Instant at = instant(l, "at");
        return at == null || l.getString("agentId") == null ? null : new Login(at, l.getString("agentId"));
    }

    /** Seconds as given (a handle time) to whole milliseconds, the precision every duration is kept in. */
    static long millis(Number seconds) {
        return seconds instanceof BigDecimal d ? d.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP).longValue()
                : Math.round(seconds.doubleValue() * 1000);
    }

    static @Nullable Instant instant(Document document, String field) {
        return document.get(field) instanceof Date date ? date.toInstant() : null;
    }

    static String customerKey(Document order) {
        String key = order.getString("customerKey");
        return key == null ? "" : key;
    }

    static List<String> strings(Document document, String field) {
        return document.get(field) instanceof List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<Document> list(Document document, String field) {
        return document.get(field) instanceof List<?> list ? (List<Document>) list : List.of();
    }

    static BigDecimal money(@Nullable Object value) {
        return switch (value) {
            case null -> BigDecimal.ZERO;
            case Decimal128 d -> d.bigDecimalValue();
            case BigDecimal b -> b;
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Number n -> BigDecimal.valueOf(n.doubleValue());
            case String s -> new BigDecimal(s.trim());
            default -> BigDecimal.ZERO;
        };
    }
}
