package app.frontline.metric;

import static app.frontline.metric.Direction.HIGHER_IS_BETTER;
import static app.frontline.metric.Direction.LOWER_IS_BETTER;
import static app.frontline.metric.Direction.NEUTRAL;
import static app.frontline.metric.MetricGroup.COMMERCE;
import static app.frontline.metric.MetricGroup.CONVERSATIONS;
import static app.frontline.metric.MetricGroup.CUSTOMER_VALUE;
import static app.frontline.metric.MetricGroup.EFFICIENCY_EXPERIENCE;
import static app.frontline.metric.Unit.COUNT;
import static app.frontline.metric.Unit.MONEY;
import static app.frontline.metric.Unit.NUMBER;
import static app.frontline.metric.Unit.PERCENT;
import static app.frontline.metric.Unit.SCORE;
import static app.frontline.metric.Unit.SECONDS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every KPI Frontline serves, as defined in the metric catalogue (shared/metrics.md). Where that
 * text leaves a choice open, the choice is written into the description here, so the schema, the
 * glossary and the code say the same thing.
 */
public final class MetricCatalogue {

    private static final String ORDER = "order createdAt";
    private static final String CONV = "conversation createdAt";
    private static final String SURVEY = "survey at";
    private static final String APPROVED = " Only approved orders count.";

    private static final List<MetricDefinition> ALL = List.of(
            // 1. Commerce handled by agents (seed 000)
            m("orders", "Orders", COMMERCE, COUNT, HIGHER_IS_BETTER,
                    "Approved orders. For a team or an agent: the approved orders its agents created (the same"
                            + " number as csrOrders).", "count of approved orders", ORDER, "000"),
            m("csrOrders", "CSR orders", COMMERCE, COUNT, HIGHER_IS_BETTER,
                    "Approved orders created by an agent (createdByAgentId set).",
                    "count of approved orders with createdByAgentId", ORDER, "000"),
            m("csrOrdersShare", "CSR orders % of total", COMMERCE, PERCENT, HIGHER_IS_BETTER,
                    "The scope's CSR orders as a share of the whole store's approved orders in the same period.",
                    "csrOrders ÷ orders of the whole store × 100", ORDER, "000"),
            m("revenue", "Revenue", COMMERCE, MONEY, HIGHER_IS_BETTER,
                    "Sum of the total of approved orders.", "Σ total", ORDER, "000"),
            m("aov", "AOV", COMMERCE, MONEY, HIGHER_IS_BETTER,
                    "Average order value, rounded half-up to cents.", "revenue ÷ orders", ORDER, "000"),
            m("refundCount", "Refunds", COMMERCE, COUNT, LOWER_IS_BETTER,
                    "Refund events, attributed to the agent recorded on the refund (byAgentId).",
                    "count of refunds[]", "refund at", "000"),
            m("refundRate", "Refund %", COMMERCE, PERCENT, LOWER_IS_BETTER,
                    "Refund events per approved order of the scope, as a percentage.",
                    "refundCount ÷ orders × 100", "refund at / order createdAt", "000"),
            m("refundedRevenue", "Refunded revenue", COMMERCE, MONEY, LOWER_IS_BETTER,
                    "Sum of refund amounts.", "Σ refunds[].amount", "refund at", "000"),
            m("refundedRevenueRate", "Refunded rev %", COMMERCE, PERCENT, LOWER_IS_BETTER,
                    "Refunded revenue as a share of revenue.", "refundedRevenue ÷ revenue × 100",
                    "refund at / order createdAt", "000"),
            m("returnCount", "Returns", COMMERCE, COUNT, LOWER_IS_BETTER,
                    "Return events (shipments returned), attributed to the return's byAgentId.",
                    "count of returns[]", "return at", "000"),
            m("rmaCount", "RMAs", COMMERCE, COUNT, LOWER_IS_BETTER,
                    "Return events flagged as a return merchandise authorization (rma: true).",
                    "count of returns[] with rma", "return at", "000"),
            m("chargebackCount", "Chargebacks", COMMERCE, COUNT, LOWER_IS_BETTER,
                    "Orders charged back, attributed to the agent who created the order.",
                    "count of orders with a chargeback", "chargeback at", "000"),
            m("chargebackLostRevenue", "Chargeback lost rev", COMMERCE, MONEY, LOWER_IS_BETTER,
                    "Sum of the total of the orders charged back; representment is not netted.",
                    "Σ total of charged-back orders", "chargeback at", "000"),
            m("reprocessCount", "Reprocessed", COMMERCE, COUNT, NEUTRAL,
                    "Orders manually reprocessed, attributed to reprocessedByAgentId.",
                    "count of orders with reprocessedAt", "reprocessedAt", "000"),
            m("cancelCount", "Cancels", COMMERCE, COUNT, LOWER_IS_BETTER,
                    "Orders manually cancelled, attributed to cancelledByAgentId.",
                    "count of orders with cancelledAt", "cancelledAt", "000"),
            m("cancelRate", "Cancelled %", COMMERCE, PERCENT, LOWER_IS_BETTER,
                    "Cancels per approved order of the scope, as a percentage.", "cancelCount ÷ orders × 100",
                    "cancelledAt / order createdAt", "000"),
            m("rebillDiscountTotal", "Rebill discount", COMMERCE, MONEY, NEUTRAL,
                    "Sum of rebillDiscount of approved orders." + APPROVED, "Σ rebillDiscount", ORDER, "000"),
            m("retryDiscountTotal", "Retry discount", COMMERCE, MONEY, NEUTRAL,
                    "Sum of retryDiscount of approved orders." + APPROVED, "Σ retryDiscount", ORDER, "000"),
            m("cltv", "CLTV", COMMERCE, MONEY, HIGHER_IS_BETTER,
                    "Customer lifetime value: gross profit of the period's approved orders per initial order"
                            + " (new-customer order) of the period, rounded half-up to cents. A missing cogs"
                            + " counts as 0.", "(revenue − Σ cogs) ÷ initial orders", ORDER, "000"),
            m("loginCount", "Logins", COMMERCE, COUNT, NEUTRAL,
                    "Agent logins.", "count of logins", "login at", "000"),
            m("avgLoginsPerDay", "Avg logins per day", COMMERCE, NUMBER, NEUTRAL,
                    "Logins per agent per day. Agents in the scope are its active agents plus any inactive"
                            + " agent who logged in during the period.",
                    "loginCount ÷ (days in the period × agents in the scope)", "login at", "000"),
            // 2. Conversations and satisfaction (seed 001)
            m("conversations", "Conversations", CONVERSATIONS, COUNT, NEUTRAL,
                    "Conversations started (ticket volume).", "count of conversations", CONV, "001, 004"),
            m("replied", "Replied", CONVERSATIONS, COUNT, HIGHER_IS_BETTER,
                    "Conversations with a first reply; a reopened one still counts once.",
                    "count with firstReplyAt", CONV, "001"),
            m("archived", "Archived", CONVERSATIONS, COUNT, HIGHER_IS_BETTER,
                    "Conversations archived.", "count with archivedAt", CONV, "001"),
            m("onTimeRate", "On time %", CONVERSATIONS, PERCENT, HIGHER_IS_BETTER,
                    "Replied conversations whose first reply came within the SLA of the conversation's team"
                            + " (slaFirstReplyMinutes; 60 minutes for a conversation without a team), as a share"
                            + " of replied conversations.",
                    "replied with firstReplyAt − createdAt ≤ SLA ÷ replied × 100", CONV, "001"),
            m("happy", "Happy", CONVERSATIONS, COUNT, NEUTRAL, "Conversations rated happy.",
                    "count with rating happy", CONV, "001"),
            m("neutral", "Neutral", CONVERSATIONS, COUNT, NEUTRAL, "Conversations rated neutral.",
                    "count with rating neutral", CONV, "001"),
            m("sad", "Sad", CONVERSATIONS, COUNT, NEUTRAL, "Conversations rated sad.",
                    "count with rating sad", CONV, "001"),
            m("acquisitionRevenue", "Acquisition", CONVERSATIONS, MONEY, HIGHER_IS_BETTER,
                    "Value of new-customer approved orders connected to the conversations (an order's"
                            + " conversationId names the conversation; the order may be created at any time).",
                    "Σ total of connected new-customer orders", CONV, "001"),
            m("acquisitionRate", "Acquisition %", CONVERSATIONS, PERCENT, HIGHER_IS_BETTER,
                    "Conversations with at least one connected new-customer approved order, as a share of"
                            + " conversations.", "conversations with a connected new-customer order ÷"
                            + " conversations × 100", CONV, "001"),
            m("retentionRevenue", "Retention", CONVERSATIONS, MONEY, HIGHER_IS_BETTER,
                    "Value of existing-customer approved orders connected to the conversations.",
                    "Σ total of connected existing-customer orders", CONV, "001"),
            m("retentionRate", "Retention %", CONVERSATIONS, PERCENT, HIGHER_IS_BETTER,
                    "Conversations with at least one connected existing-customer approved order, as a share of"
                            + " conversations.", "conversations with a connected existing-customer order ÷"
                            + " conversations × 100", CONV, "001"),
            m("upsellRate", "Up-sell rate", CONVERSATIONS, PERCENT, HIGHER_IS_BETTER,
                    "Accepted up-sell offers as a share of up-sell offers made in the conversations.",
                    "accepted ÷ made × 100 over upsell offers", CONV, "002"),
            m("crossSellRate", "Cross-sell rate", CONVERSATIONS, PERCENT, HIGHER_IS_BETTER,
                    "Accepted cross-sell offers as a share of cross-sell offers made in the conversations.",
                    "accepted ÷ made × 100 over crossSell offers", CONV, "002"),
            // 3. Service efficiency (seed 003) and experience (seeds 002, 004)
            m("firstResponseTime", "First response time", EFFICIENCY_EXPERIENCE, SECONDS, LOWER_IS_BETTER,
                    "Time to the first reply of replied conversations: mean, median and 90th percentile"
                            + " (nearest rank). The headline value is the mean.",
                    "firstReplyAt − createdAt", CONV, "003"),
            m("resolutionTime", "Resolution time", EFFICIENCY_EXPERIENCE, SECONDS, LOWER_IS_BETTER,
                    "Time to resolution of resolved conversations: mean, median and 90th percentile (nearest"
                            + " rank). The headline value is the mean.", "resolvedAt − createdAt", CONV, "003"),
            m("handleTime", "Handle time", EFFICIENCY_EXPERIENCE, SECONDS, LOWER_IS_BETTER,
                    "Agent handling time of conversations that record it. The headline value is the mean;"
                            + " median and 90th percentile are given too.", "mean handleSeconds", CONV, "003"),
            m("agentCapacity", "Agent capacity", EFFICIENCY_EXPERIENCE, NUMBER, HIGHER_IS_BETTER,
                    "Handled conversations per agent-day: handled means replied or resolved; an agent-day is a"
                            + " distinct (assigned agent, start date in the period's zone) with at least one handled"
                            + " conversation. Unassigned conversations are left out of both sides.",
                    "handled conversations ÷ distinct (agent, day) pairs", CONV, "003"),
            m("csat", "CSAT", EFFICIENCY_EXPERIENCE, PERCENT, HIGHER_IS_BETTER,
                    "Share of csat answers scoring 4 or 5 (of 1–5).", "csat answers ≥ 4 ÷ csat answers × 100",
                    SURVEY, "003, 004"),
            m("ces", "CES", EFFICIENCY_EXPERIENCE, SCORE, HIGHER_IS_BETTER,
                    "Customer effort score: mean of ces answers on the 1–7 scale (7 = very easy).",
                    "Σ ces scores ÷ ces answers", SURVEY, "002"),
            m("nps", "NPS", EFFICIENCY_EXPERIENCE, SCORE, HIGHER_IS_BETTER,
                    "Net promoter score, −100..100: percentage of nps answers 9–10 minus percentage of 0–6.",
                    "% promoters − % detractors", SURVEY, "004"),
            m("cxRating", "Customer experience rating", EFFICIENCY_EXPERIENCE, SCORE, HIGHER_IS_BETTER,
                    "Mean cx score on the 1–5 scale.", "Σ cx scores ÷ cx answers", SURVEY, "004"),
            // 4. Customer value (seed 002)
            m("arpa", "ARPA", CUSTOMER_VALUE, MONEY, HIGHER_IS_BETTER,
                    "Average revenue per account: revenue per distinct customer (e-mail, trimmed and"
                            + " case-insensitive) with an approved order, rounded half-up to cents.",
                    "revenue ÷ distinct customers", ORDER, "002"),
            m("repurchaseRate", "Repurchase rate", CUSTOMER_VALUE, PERCENT, HIGHER_IS_BETTER,
                    "Of the distinct customers with an approved order in the period (in the scope), the share"
                            + " with more than one approved order in the whole store created up to the period's"
                            + " end.", "customers with > 1 order ÷ customers × 100", ORDER, "002"),
            m("timeToValue", "Time to value", CUSTOMER_VALUE, SECONDS, LOWER_IS_BETTER,
                    "Time from an initial (new-customer) order to its delivery, over the period's initial"
                            + " orders that have a deliveredAt. The headline value is the median.",
                    "median of deliveredAt − createdAt", ORDER, "002"));

    private static final Map<String, MetricDefinition> BY_KEY = index();

    private MetricCatalogue() {
    }

    public static List<MetricDefinition> all() {
        return ALL;
    }

    public static Optional<MetricDefinition> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    public static MetricDefinition get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("no metric '" + key + "'"));
    }

    private static Map<String, MetricDefinition> index() {
        Map<String, MetricDefinition> map = new LinkedHashMap<>();
        ALL.forEach(d -> map.put(d.key(), d));
        return Map.copyOf(map);
    }

    private static MetricDefinition m(String key, String label, MetricGroup group, Unit unit, Direction direction,
            String description, String formula, String timestamp, String seed) {
        return new MetricDefinition(key, label, group, unit, direction, description, formula, timestamp, seed);
    }
}
