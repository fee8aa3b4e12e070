package app.frontline.metric;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The kinds of records a metric reads; a request loads only the sources its metrics need. */
enum Source {
    CREATED_ORDERS, REFUNDS, RETURNS, CHARGEBACKS, REPROCESSES, CANCELS, CUSTOMER_HISTORY, CONNECTED_ORDERS,
    CONVERSATIONS, SURVEYS, LOGINS;

    private static final Map<String, Set<Source>> BY_METRIC = Map.ofEntries(
            Map.entry("orders", EnumSet.of(CREATED_ORDERS)),
            Map.entry("csrOrders", EnumSet.of(CREATED_ORDERS)),
            Map.entry("csrOrdersShare", EnumSet.of(CREATED_ORDERS)),
            Map.entry("revenue", EnumSet.of(CREATED_ORDERS)),
            Map.entry("aov", EnumSet.of(CREATED_ORDERS)),
            Map.entry("refundCount", EnumSet.of(REFUNDS)),
            Map.entry("refundRate", EnumSet.of(REFUNDS, CREATED_ORDERS)),
            Map.entry("refundedRevenue", EnumSet.of(REFUNDS)),
            Map.entry("refundedRevenueRate", EnumSet.of(REFUNDS, CREATED_ORDERS)),
            Map.entry("returnCount", EnumSet.of(RETURNS)),
            Map.entry("rmaCount", EnumSet.of(RETURNS)),
            Map.entry("chargebackCount", EnumSet.of(CHARGEBACKS)),
            Map.entry("chargebackLostRevenue", EnumSet.of(CHARGEBACKS)),
            Map.entry("reprocessCount", EnumSet.of(REPROCESSES)),
            Map.entry("cancelCount", EnumSet.of(CANCELS)),
            Map.entry("cancelRate", EnumSet.of(CANCELS, CREATED_ORDERS)),
            Map.entry("rebillDiscountTotal", EnumSet.of(CREATED_ORDERS)),
            Map.entry("retryDiscountTotal", EnumSet.of(CREATED_ORDERS)),
            Map.entry("cltv", EnumSet.of(CREATED_ORDERS, CUSTOMER_HISTORY)),
            Map.entry("loginCount", EnumSet.of(LOGINS)),
            Map.entry("avgLoginsPerDay", EnumSet.of(LOGINS)),
            Map.entry("conversations", EnumSet.of(CONVERSATIONS)),
            Map.entry("replied", EnumSet.of(CONVERSATIONS)),
            Map.entry("archived", EnumSet.of(CONVERSATIONS)),
            Map.entry("onTimeRate", EnumSet.of(CONVERSATIONS)),
            Map.entry("happy", EnumSet.of(CONVERSATIONS)),
            Map.entry("neutral", EnumSet.of(CONVERSATIONS)),
            Map.entry("sad", EnumSet.of(CONVERSATIONS)),
            Map.entry("acquisitionRevenue", EnumSet.of(CONVERSATIONS, CONNECTED_ORDERS, CUSTOMER_HISTORY)),
            Map.entry("acquisitionRate", EnumSet.of(CONVERSATIONS, CONNECTED_ORDERS, CUSTOMER_HISTORY)),
            Map.entry("retentionRevenue", EnumSet.of(CONVERSATIONS, CONNECTED_ORDERS, CUSTOMER_HISTORY)),
            Map.entry("retentionRate", EnumSet.of(CONVERSATIONS, CONNECTED_ORDERS, CUSTOMER_HISTORY)),
            Map.entry("upsellRate", EnumSet.of(CONVERSATIONS)),
            Map.entry("crossSellRate", EnumSet.of(CONVERSATIONS)),
            Map.entry("firstResponseTime", EnumSet.of(CONVERSATIONS)),
            Map.entry("resolutionTime", EnumSet.of(CONVERSATIONS)),
            Map.entry("handleTime", EnumSet.of(CONVERSATIONS)),
            Map.entry("agentCapacity", EnumSet.of(CONVERSATIONS)),
            Map.entry("csat", EnumSet.of(SURVEYS)),
            Map.entry("ces", EnumSet.of(SURVEYS)),
            Map.entry("nps", EnumSet.of(SURVEYS)),
            Map.entry("cxRating", EnumSet.of(SURVEYS)),
            Map.entry("arpa", EnumSet.of(CREATED_ORDERS)),
            Map.entry("repurchaseRate", EnumSet.of(CREATED_ORDERS, CUSTOMER_HISTORY)),
            Map.entry("timeToValue", EnumSet.of(CREATED_ORDERS, CUSTOMER_HISTORY)));

    /** The source an order action is read for. */
    static Source of(Facts.ActionKind kind) {
        return switch (kind) {
            case REFUND -> REFUNDS;
            case RETURN, RMA_RETURN -> RETURNS;
            case CHARGEBACK -> CHARGEBACKS;
            case REPROCESS -> REPROCESSES;
            case CANCEL -> CANCELS;
        };
    }

    static Set<Source> of(Set<String> metrics) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        for (String metric : metrics) {
            Set<Source> needed = BY_METRIC.get(metric);
            if (needed == null) {
                throw new IllegalArgumentException("no metric '" + metric + "'");
            }
            sources.addAll(needed);
        }
        return sources;
    }

    private static final Set<Source> CONVERSATIONAL = EnumSet.of(CONVERSATIONS, CONNECTED_ORDERS, CUSTOMER_HISTORY,
            SURVEYS);

    /** Whether a channel or tag narrows the metric: it reads only conversations and their surveys. */
    static boolean conversational(String metric) {
        return CONVERSATIONAL.containsAll(of(Set.of(metric)));
    }
}
