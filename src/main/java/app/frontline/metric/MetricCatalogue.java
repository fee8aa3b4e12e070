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

import static app.frontline.metric.measure.Formula.count;
import static app.frontline.metric.measure.Formula.durations;
import static app.frontline.metric.measure.Formula.money;
import static app.frontline.metric.measure.Formula.moneyPer;
import static app.frontline.metric.measure.Formula.moneyPerDistinct;
import static app.frontline.metric.measure.Formula.moneyPercent;
import static app.frontline.metric.measure.Formula.percent;
import static app.frontline.metric.measure.Formula.percentDifference;
import static app.frontline.metric.measure.Formula.perAgentPerDay;
import static app.frontline.metric.measure.Formula.perDistinct;
import static app.frontline.metric.measure.Formula.ratio;
import static app.frontline.metric.measure.Formula.repurchase;
import static app.frontline.metric.measure.Formula.shareOfStore;
import static app.frontline.metric.measure.Measures.*;

import app.frontline.metric.measure.Formula;
import app.frontline.metric.measure.Measures;
import app.frontline.metric.measure.Formula.Headline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every KPI Frontline serves, as defined in the metric catalogue (shared/metrics.md): its label,
 * unit, direction, description and its computation, a {@link Formula} over the measures of
 * {@link app.frontline.metric.measure.Measures}. Where that text leaves a choice open, the choice is
 * written into the description here, so the schema, the glossary and the code say the same thing.
 * A new KPI is one entry here (and its hand-worked test).
 */
public final class MetricCatalogue {

    private static final String ORDER = "order createdAt";
    private static final String CONV = "conversation createdAt";
    private static final String SURVEY = "survey at";
    private static final String APPROVED = " Only approved orders count.";

    /**
     * The KPIs a manager's first screen leads with: volume, speed, promise, satisfaction, money.
     * Declared before {@link #ALL}, which reads it.
     */
    private static final List<String> HEADLINES = List.of("conversations", "firstResponseTime", "onTimeRate", "csat",
            "revenue");

    private static final List<MetricDefinition> ALL = List.of(
            // 1. Commerce handled by agents (seed 000)
            m("orders", "Orders", COMMERCE, COUNT, HIGHER_IS_BETTER,
                    "Approved orders. For a team or an agent: the approved orders its agents created (the same"
                            + " number as csrOrders).", "count of approved orders", ORDER, "000",
                    count(ORDERS), null),
            m("csrOrders", "CSR orders", COMMERCE, COUNT, HIGHER_IS_BETTER,
                    "Approved orders created by an agent (createdByAgentId set).",
                    "count of approved orders with createdByAgentId", ORDER, "000",
                    count(CSR_ORDERS), null),
            m("csrOrdersShare", "CSR orders % of total", COMMERCE, PERCENT, HIGHER_IS_BETTER,
                    "The scope's CSR orders as a share of the whole store's approved orders in the same period.",
                    "csrOrders ÷ orders of the whole store × 100", ORDER, "000",
                    shareOfStore(CSR_ORDERS, ORDERS), null),
            m("revenue", "Revenue", COMMERCE, MONEY, HIGHER_IS_BETTER,
                    "Sum of the total of approved orders.", "Σ total", ORDER, "000",
                    money(REVENUE), null),
            m("aov", "AOV", COMMERCE, MONEY, HIGHER_IS_BETTER,
                    "Average order value, rounded half-up to cents.", "revenue ÷ orders", ORDER, "000",
                    moneyPer(REVENUE, ORDERS), null),
            m("refundCount", "Refunds", COMMERCE, COUNT, LOWER_IS_BETTER,
                    "Refund events, attributed to the agent recorded on the refund (byAgentId).",
                    "count of refunds[]", "refund at", "000",
                    count(REFUNDS), null),
            m("refundRate", "Refund %", COMMERCE, PERCENT, LOWER_IS_BETTER,
                    "Refund events per approved order of the scope, as a percentage.",
                    "refundCount ÷ orders × 100", "refund at / order createdAt", "000",
                    percent(REFUNDS, ORDERS), null),
            m("refundedRevenue", "Refunded revenue", COMMERCE, MONEY, LOWER_IS_BETTER,
                    "Sum of refund amounts.", "Σ refunds[].amount", "refund at", "000",
                    money(REFUNDED), null),
            m("refundedRevenueRate", "Refunded rev %", COMMERCE, PERCENT, LOWER_IS_BETTER,
                    "Refunded revenue as a share of revenue.", "refundedRevenue ÷ revenue × 100",
                    "refund at / order createdAt", "000",
                    moneyPercent(REFUNDED, REVENUE), null),
            m("returnCount", "Returns", COMMERCE, COUNT, LOWER_IS_BETTER,
                    "Return events (shipments returned), attributed to the return's byAgentId.",
                    "count of returns[]", "return at", "000",
                    count(RETURNS), null),
            m("rmaCount", "RMAs", COMMERCE, COUNT, LOWER_IS_BETTER,
                    "Return events flagged as a return merchandise authorization (rma: true).",
                    "count of returns[] with rma", "return at", "000",
                    count(RMAS), null),
            m("chargebackCount", "Chargebacks", COMMERCE, COUNT, LOWER_IS_BETTER,
                    "Orders charged back, attributed to the agent who created the order.",
                    "count of orders with a chargeback", "chargeback at", "000",
                    count(CHARGEBACKS), null),
            m("chargebackLostRevenue", "Chargeback lost rev", COMMERCE, MONEY, LOWER_IS_BETTER,
                    "Sum of the total of the orders charged back; representment is not netted.",
                    "Σ total of charged-back orders", "chargeback at", "000",
                    money(CHARGEBACK_LOST), null),
            m("reprocessCount", "Reprocessed", COMMERCE, COUNT, NEUTRAL,
                    "Orders manually reprocessed, attributed to reprocessedByAgentId.",
                    "count of orders with reprocessedAt", "reprocessedAt", "000",
                    count(REPROCESSES), null),
            m("cancelCount", "Cancels", COMMERCE, COUNT, LOWER_IS_BETTER,
                    "Orders manually cancelled, attributed to cancelledByAgentId.",
                    "count of orders with cancelledAt", "cancelledAt", "000",
                    count(CANCELS), null),
            m("cancelRate", "Cancelled %", COMMERCE, PERCENT, LOWER_IS_BETTER,
                    "Cancels per approved order of the scope, as a percentage.", "cancelCount ÷ orders × 100",
                    "cancelledAt / order createdAt", "000",
                    percent(CANCELS, ORDERS), null),
            m("rebillDiscountTotal", "Rebill discount", COMMERCE, MONEY, NEUTRAL,
                    "Sum of rebillDiscount of approved orders." + APPROVED, "Σ rebillDiscount", ORDER, "000",
                    money(REBILL_DISCOUNT), null),
            m("retryDiscountTotal", "Retry discount", COMMERCE, MONEY, NEUTRAL,
                    "Sum of retryDiscount of approved orders." + APPROVED, "Σ retryDiscount", ORDER, "000",
                    money(RETRY_DISCOUNT), null),
            m("cltv", "CLTV", COMMERCE, MONEY, HIGHER_IS_BETTER,
                    "Customer lifetime value: gross profit of the period's approved orders per initial order"
                            + " (new-customer order) of the period, rounded half-up to cents. A missing cogs"
                            + " counts as 0.", "(revenue − Σ cogs) ÷ initial orders", ORDER, "000",
                    moneyPer(REVENUE, COGS, INITIAL_ORDERS), null),
            m("loginCount", "Logins", COMMERCE, COUNT, NEUTRAL,
                    "Agent logins.", "count of logins", "login at", "000",
                    count(LOGINS), null),
            m("avgLoginsPerDay", "Avg logins per day", COMMERCE, NUMBER, NEUTRAL,
                    "Logins per agent per day. Agents in the scope are its active agents plus any inactive"
                            + " agent who logged in during the period.",
                    "loginCount ÷ (days in the period × agents in the scope)", "login at", "000",
                    perAgentPerDay(LOGINS, LOGIN_AGENTS), null),
            // 2. Conversations and satisfaction (seed 001)
            m("conversations", "Conversations", CONVERSATIONS, COUNT, NEUTRAL,
                    "Conversations started (ticket volume).", "count of conversations", CONV, "001, 004",
                    count(Measures.CONVERSATIONS), null),
            m("replied", "Replied", CONVERSATIONS, COUNT, HIGHER_IS_BETTER,
                    "Conversations with a first reply; a reopened one still counts once.",
                    "count with firstReplyAt", CONV, "001",
                    count(REPLIED), null),
            m("archived", "Archived", CONVERSATIONS, COUNT, HIGHER_IS_BETTER,
                    "Conversations archived.", "count with archivedAt", CONV, "001",
                    count(ARCHIVED), null),
            m("onTimeRate", "On time %", CONVERSATIONS, PERCENT, HIGHER_IS_BETTER,
                    "Replied conversations whose first reply came within the SLA of the conversation's team"
                            + " (slaFirstReplyMinutes; 60 minutes for a conversation without a team), as a share"
                            + " of replied conversations.",
                    "replied with firstReplyAt − createdAt ≤ SLA ÷ replied × 100", CONV, "001",
                    percent(ON_TIME, REPLIED), percent(BUSINESS_ON_TIME, REPLIED)),
            m("happy", "Happy", CONVERSATIONS, COUNT, NEUTRAL, "Conversations rated happy.",
                    "count with rating happy", CONV, "001",
                    count(HAPPY), null),
            m("neutral", "Neutral", CONVERSATIONS, COUNT, NEUTRAL, "Conversations rated neutral.",
                    "count with rating neutral", CONV, "001",
                    count(Measures.NEUTRAL), null),
            m("sad", "Sad", CONVERSATIONS, COUNT, NEUTRAL, "Conversations rated sad.",
                    "count with rating sad", CONV, "001",
                    count(SAD), null),
            m("acquisitionRevenue", "Acquisition", CONVERSATIONS, MONEY, HIGHER_IS_BETTER,
                    "Value of new-customer approved orders connected to the conversations (an order's"
                            + " conversationId names the conversation; the order may be created at any time).",
                    "Σ total of connected new-customer orders", CONV, "001",
                    money(ACQUISITION_REVENUE), null),
            m("acquisitionRate", "Acquisition %", CONVERSATIONS, PERCENT, HIGHER_IS_BETTER,
                    "Conversations with at least one connected new-customer approved order, as a share of"
                            + " conversations.", "conversations with a connected new-customer order ÷"
                            + " conversations × 100", CONV, "001",
                    percent(ACQUIRED, Measures.CONVERSATIONS), null),
            m("retentionRevenue", "Retention", CONVERSATIONS, MONEY, HIGHER_IS_BETTER,
                    "Value of existing-customer approved orders connected to the conversations.",
                    "Σ total of connected existing-customer orders", CONV, "001",
                    money(RETENTION_REVENUE), null),
            m("retentionRate", "Retention %", CONVERSATIONS, PERCENT, HIGHER_IS_BETTER,
                    "Conversations with at least one connected existing-customer approved order, as a share of"
                            + " conversations.", "conversations with a connected existing-customer order ÷"
                            + " conversations × 100", CONV, "001",
                    percent(RETAINED, Measures.CONVERSATIONS), null),
            m("upsellRate", "Up-sell rate", CONVERSATIONS, PERCENT, HIGHER_IS_BETTER,
                    "Accepted up-sell offers as a share of up-sell offers made in the conversations.",
                    "accepted ÷ made × 100 over upsell offers", CONV, "002",
                    percent(UPSELL_ACCEPTED, UPSELL_MADE), null),
            m("crossSellRate", "Cross-sell rate", CONVERSATIONS, PERCENT, HIGHER_IS_BETTER,
                    "Accepted cross-sell offers as a share of cross-sell offers made in the conversations.",
                    "accepted ÷ made × 100 over crossSell offers", CONV, "002",
                    percent(CROSS_SELL_ACCEPTED, CROSS_SELL_MADE), null),
            // 3. Service efficiency (seed 003) and experience (seeds 002, 004)
            m("firstResponseTime", "First response time", EFFICIENCY_EXPERIENCE, SECONDS, LOWER_IS_BETTER,
                    "Time to the first reply of replied conversations: mean, median and 90th percentile"
                            + " (nearest rank). The headline value is the mean.",
                    "firstReplyAt − createdAt", CONV, "003",
                    durations(FIRST_RESPONSE, Headline.MEAN), durations(BUSINESS_FIRST_RESPONSE, Headline.MEAN)),
            m("resolutionTime", "Resolution time", EFFICIENCY_EXPERIENCE, SECONDS, LOWER_IS_BETTER,
                    "Time to resolution of resolved conversations: mean, median and 90th percentile (nearest"
                            + " rank). The headline value is the mean.", "resolvedAt − createdAt", CONV, "003",
                    durations(RESOLUTION, Headline.MEAN), durations(BUSINESS_RESOLUTION, Headline.MEAN)),
            m("handleTime", "Handle time", EFFICIENCY_EXPERIENCE, SECONDS, LOWER_IS_BETTER,
                    "Agent handling time of conversations that record it. The headline value is the mean;"
                            + " median and 90th percentile are given too.", "mean handleSeconds", CONV, "003",
                    durations(HANDLE, Headline.MEAN), null),
            m("agentCapacity", "Agent capacity", EFFICIENCY_EXPERIENCE, NUMBER, HIGHER_IS_BETTER,
                    "Handled conversations per agent-day: handled means replied or resolved; an agent-day is a"
                            + " distinct (assigned agent, start date in the period's zone) with at least one handled"
                            + " conversation. Unassigned conversations are left out of both sides.",
                    "handled conversations ÷ distinct (agent, day) pairs", CONV, "003",
                    perDistinct(HANDLED_BY_AGENTS, AGENT_DAYS), null),
            m("csat", "CSAT", EFFICIENCY_EXPERIENCE, PERCENT, HIGHER_IS_BETTER,
                    "Share of csat answers scoring 4 or 5 (of 1–5).", "csat answers ≥ 4 ÷ csat answers × 100",
                    SURVEY, "003, 004",
                    percent(CSAT_SATISFIED, CSAT_ANSWERS), null),
            m("ces", "CES", EFFICIENCY_EXPERIENCE, SCORE, HIGHER_IS_BETTER,
                    "Customer effort score: mean of ces answers on the 1–7 scale (7 = very easy).",
                    "Σ ces scores ÷ ces answers", SURVEY, "002",
                    ratio(CES_SCORE, CES_ANSWERS), null),
            m("nps", "NPS", EFFICIENCY_EXPERIENCE, SCORE, HIGHER_IS_BETTER,
                    "Net promoter score, −100..100: percentage of nps answers 9–10 minus percentage of 0–6.",
                    "% promoters − % detractors", SURVEY, "004",
                    percentDifference(PROMOTERS, DETRACTORS, NPS_ANSWERS), null),
            m("cxRating", "Customer experience rating", EFFICIENCY_EXPERIENCE, SCORE, HIGHER_IS_BETTER,
                    "Mean cx score on the 1–5 scale.", "Σ cx scores ÷ cx answers", SURVEY, "004",
                    ratio(CX_SCORE, CX_ANSWERS), null),
            // 4. Customer value (seed 002)
            m("arpa", "ARPA", CUSTOMER_VALUE, MONEY, HIGHER_IS_BETTER,
                    "Average revenue per account: revenue per distinct customer (e-mail, trimmed and"
                            + " case-insensitive) with an approved order, rounded half-up to cents.",
                    "revenue ÷ distinct customers", ORDER, "002",
                    moneyPerDistinct(REVENUE, CUSTOMERS), null),
            m("repurchaseRate", "Repurchase rate", CUSTOMER_VALUE, PERCENT, HIGHER_IS_BETTER,
                    "Of the distinct customers with an approved order in the period (in the scope), the share"
                            + " with more than one approved order in the whole store created up to the period's"
                            + " end.", "customers with > 1 order ÷ customers × 100", ORDER, "002",
                    repurchase(CUSTOMERS), null),
            m("timeToValue", "Time to value", CUSTOMER_VALUE, SECONDS, LOWER_IS_BETTER,
                    "Time from an initial (new-customer) order to its delivery, over the period's initial"
                            + " orders that have a deliveredAt. The headline value is the median.",
                    "median of deliveredAt − createdAt", ORDER, "002",
                    durations(TIME_TO_VALUE, Headline.MEDIAN), null));

    private static final Map<String, MetricDefinition> BY_KEY = index();

    private MetricCatalogue() {
    }

    public static List<MetricDefinition> all() {
        return ALL;
    }

    /** The headline KPIs in the order a manager reads them: volume, speed, promise, satisfaction, money. */
    public static List<MetricDefinition> headlines() {
        return HEADLINES.stream().map(MetricCatalogue::get).toList();
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
            String description, String formula, String timestamp, String seed, Formula computation,
            @Nullable Formula businessTime) {
        return new MetricDefinition(key, label, group, unit, direction, description, formula, timestamp, seed,
                computation, businessTime, HEADLINES.contains(key));
    }
}
