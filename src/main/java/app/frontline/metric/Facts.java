package app.frontline.metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The records a request needs, read once from the store and reduced to the fields its metrics use;
 * every scope and every bucket of the request is computed from the same facts.
 */
record Facts(
        Directory directory,
        List<CreatedOrder> createdOrders,
        List<OrderAction> actions,
        List<Login> logins,
        List<Conversation> conversations,
        List<Survey> surveys,
        Map<String, List<ConnectedOrder>> connectedOrders,
        Map<String, long[]> customerHistory) {

    /** Agents' teams and status, and teams' first-reply SLA. */
    record Directory(Map<String, String> teamOfAgent, Set<String> activeAgents, Map<String, Integer> slaMinutes) {

        @Nullable String teamOf(@Nullable String agent) {
            return agent == null ? null : teamOfAgent.get(agent);
        }
    }

    /** An approved order created in the window. */
    record CreatedOrder(Instant createdAt, String customerKey, BigDecimal total, BigDecimal cogs,
            @Nullable String agent, BigDecimal rebillDiscount, BigDecimal retryDiscount, @Nullable Instant deliveredAt) {
    }

    enum ActionKind { REFUND, RETURN, RMA_RETURN, CHARGEBACK, REPROCESS, CANCEL }

    /** A refund, return, chargeback, reprocess or cancel that happened in the window. */
    record OrderAction(ActionKind kind, Instant at, @Nullable String agent, BigDecimal amount) {
    }

    record Login(Instant at, String agent) {
    }

    record Conversation(String id, Instant createdAt, @Nullable String team, @Nullable String agent,
            @Nullable String channel, List<String> tags,
            @Nullable Instant firstReplyAt, @Nullable Instant resolvedAt, boolean archived,
            @Nullable Long handleMillis, @Nullable String rating, int upsellMade, int upsellAccepted,
            int crossSellMade, int crossSellAccepted) {
    }

    /** A survey answer in the window, attributed through its conversation. */
    record Survey(Instant at, String kind, int score, @Nullable String team, @Nullable String agent,
            @Nullable String channel, List<String> tags) {
    }

    /** An approved order whose conversationId names one of the window's conversations. */
    record ConnectedOrder(String customerKey, Instant createdAt, BigDecimal total) {
    }

    /**
     * Whether an approved order is its customer's first: no approved order of the same customer was
     * created earlier. {@code history} holds the customer's approved orders' times, sorted.
     */
    boolean isNewCustomerOrder(String customerKey, Instant createdAt) {
        long[] history = customerHistory.get(customerKey);
        return history == null || history.length == 0 || history[0] >= createdAt.toEpochMilli();
    }

    /** Whether the customer had created more than one approved order before {@code end}. */
    boolean repurchased(String customerKey, Instant end) {
        long[] history = customerHistory.get(customerKey);
        return history != null && history.length > 1 && history[1] < end.toEpochMilli();
    }

}
