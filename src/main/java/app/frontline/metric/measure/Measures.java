package app.frontline.metric.measure;

import static app.frontline.metric.measure.Aggregation.COUNT;
import static app.frontline.metric.measure.Aggregation.DISTINCT;
import static app.frontline.metric.measure.Aggregation.MONEY;
import static app.frontline.metric.measure.Aggregation.SUM;
import static app.frontline.metric.measure.Aggregation.VALUES;

import app.frontline.metric.measure.ActionRow.Kind;
import app.frontline.metric.measure.ConversationRow.Rating;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Every measure, each defined once (shared/metrics.md). A business rule lives in exactly one line
 * here: "satisfied" is a csat score of 4 or 5, a promoter answers 9–10 and a detractor 0–6, a
 * handled conversation is replied or resolved.
 */
public final class Measures {

    private Measures() {
    }

    // ---- approved orders, by createdAt
    public static final Measure<OrderRow> ORDERS = order("orders", COUNT, o -> true, o -> 1, "approved orders");
    public static final Measure<OrderRow> CSR_ORDERS = order("csrOrders", COUNT, OrderRow::byAgent, o -> 1,
            "approved orders with a createdByAgentId");
    public static final Measure<OrderRow> REVENUE = order("revenue", MONEY, o -> true, OrderRow::total, "Σ total");
    public static final Measure<OrderRow> COGS = order("cogs", MONEY, o -> true, OrderRow::cogs,
            "Σ cogs (missing = 0)");
    public static final Measure<OrderRow> REBILL_DISCOUNT = order("rebillDiscount", MONEY, o -> true,
            OrderRow::rebillDiscount, "Σ rebillDiscount");
    public static final Measure<OrderRow> RETRY_DISCOUNT = order("retryDiscount", MONEY, o -> true,
            OrderRow::retryDiscount, "Σ retryDiscount");
    public static final Measure<OrderRow> INITIAL_ORDERS = order("initialOrders", COUNT, OrderRow::initial, o -> 1,
            "new-customer orders");
    public static final Measure<OrderRow> CUSTOMERS = order("customers", DISTINCT, o -> true, OrderRow::customer,
            "distinct customer e-mails");
    public static final Measure<OrderRow> TIME_TO_VALUE = order("timeToValue", VALUES,
            o -> o.initial() && o.delivered(), OrderRow::deliveryMillis, "deliveredAt − createdAt of initial orders");

    // ---- order actions, by their own time
    public static final Measure<ActionRow> REFUNDS = action("refunds", COUNT, kind(Kind.REFUND), a -> 1, "refunds");
    public static final Measure<ActionRow> REFUNDED = action("refunded", MONEY, kind(Kind.REFUND), ActionRow::amount,
            "Σ refund amount");
    public static final Measure<ActionRow> RETURNS = action("returns", COUNT,
            a -> a.kind() == Kind.RETURN || a.kind() == Kind.RMA_RETURN, a -> 1, "returns");
    public static final Measure<ActionRow> RMAS = action("rmas", COUNT, kind(Kind.RMA_RETURN), a -> 1,
            "returns flagged rma");
    public static final Measure<ActionRow> CHARGEBACKS = action("chargebacks", COUNT, kind(Kind.CHARGEBACK), a -> 1,
            "orders charged back");
    public static final Measure<ActionRow> CHARGEBACK_LOST = action("chargebackLost", MONEY, kind(Kind.CHARGEBACK),
            ActionRow::amount, "Σ total of orders charged back");
    public static final Measure<ActionRow> REPROCESSES = action("reprocesses", COUNT, kind(Kind.REPROCESS), a -> 1,
            "manual reprocesses");
    public static final Measure<ActionRow> CANCELS = action("cancels", COUNT, kind(Kind.CANCEL), a -> 1,
            "manual cancels");

    // ---- logins
    public static final Measure<LoginRow> LOGINS = new Measure<>("logins", Fact.LOGIN, COUNT, l -> true, l -> 1,
            "logins");
    public static final Measure<LoginRow> LOGIN_AGENTS = new Measure<>("loginAgents", Fact.LOGIN, DISTINCT, l -> true,
            LoginRow::agentCode, "distinct agents who logged in");

    // ---- conversations, by createdAt
    public static final Measure<ConversationRow> CONVERSATIONS = conversation("conversations", COUNT, c -> true,
            "conversations started");
    public static final Measure<ConversationRow> REPLIED = conversation("replied", COUNT, ConversationRow::replied,
            "with a firstReplyAt");
    public static final Measure<ConversationRow> ARCHIVED = conversation("archived", COUNT, ConversationRow::archived,
            "with an archivedAt");
    public static final Measure<ConversationRow> ON_TIME = conversation("onTime", COUNT, ConversationRow::onTime,
            "replied within the team's SLA");
    public static final Measure<ConversationRow> HAPPY = conversation("happy", COUNT, rated(Rating.HAPPY), "rated happy");
    public static final Measure<ConversationRow> NEUTRAL = conversation("neutral", COUNT, rated(Rating.NEUTRAL),
            "rated neutral");
    public static final Measure<ConversationRow> SAD = conversation("sad", COUNT, rated(Rating.SAD), "rated sad");
    public static final Measure<ConversationRow> ACQUIRED = conversation("acquired", COUNT, ConversationRow::acquired,
            "with a connected new-customer order");
    public static final Measure<ConversationRow> ACQUISITION_REVENUE = new Measure<>("acquisitionRevenue",
            Fact.CONVERSATION, MONEY, ConversationRow::acquired, ConversationRow::acquisitionRevenue,
            "Σ total of connected new-customer orders");
    public static final Measure<ConversationRow> RETAINED = conversation("retained", COUNT, ConversationRow::retained,
            "with a connected existing-customer order");
    public static final Measure<ConversationRow> RETENTION_REVENUE = new Measure<>("retentionRevenue",
            Fact.CONVERSATION, MONEY, ConversationRow::retained, ConversationRow::retentionRevenue,
            "Σ total of connected existing-customer orders");
    public static final Measure<ConversationRow> UPSELL_MADE = sum("upsellMade", ConversationRow::upsellMade);
    public static final Measure<ConversationRow> UPSELL_ACCEPTED = sum("upsellAccepted", ConversationRow::upsellAccepted);
    public static final Measure<ConversationRow> CROSS_SELL_MADE = sum("crossSellMade", ConversationRow::crossSellMade);
    public static final Measure<ConversationRow> CROSS_SELL_ACCEPTED = sum("crossSellAccepted",
            ConversationRow::crossSellAccepted);
    public static final Measure<ConversationRow> FIRST_RESPONSE = new Measure<>("firstResponse", Fact.CONVERSATION,
            VALUES, ConversationRow::replied, ConversationRow::firstResponseMillis, "firstReplyAt − createdAt");
    public static final Measure<ConversationRow> RESOLUTION = new Measure<>("resolution", Fact.CONVERSATION, VALUES,
            ConversationRow::resolved, ConversationRow::resolutionMillis, "resolvedAt − createdAt");
    public static final Measure<ConversationRow> HANDLE = new Measure<>("handle", Fact.CONVERSATION, VALUES,
            ConversationRow::hasHandleTime, ConversationRow::handleMillis, "handleSeconds");
    public static final Measure<ConversationRow> HANDLED_BY_AGENTS = conversation("handledByAgents", COUNT,
            Measures::handledByAgent, "replied or resolved, with an assigned agent");
    public static final Measure<ConversationRow> AGENT_DAYS = new Measure<>("agentDays", Fact.CONVERSATION, DISTINCT,
            Measures::handledByAgent, ConversationRow::agentDay, "distinct (agent, start date) of handled conversations");
    public static final Measure<ConversationRow> BUSINESS_FIRST_RESPONSE = new Measure<>("businessFirstResponse",
            Fact.CONVERSATION, VALUES, ConversationRow::replied, ConversationRow::businessFirstResponseMillis,
            "firstReplyAt − createdAt inside the team's working hours");
    public static final Measure<ConversationRow> BUSINESS_RESOLUTION = new Measure<>("businessResolution",
            Fact.CONVERSATION, VALUES, ConversationRow::resolved, ConversationRow::businessResolutionMillis,
            "resolvedAt − createdAt inside the team's working hours");
    public static final Measure<ConversationRow> BUSINESS_ON_TIME = conversation("businessOnTime", COUNT,
            ConversationRow::businessOnTime, "replied within the SLA in working time");

    // ---- survey answers, by at, attributed through their conversation
    public static final Measure<SurveyRow> CSAT_ANSWERS = survey("csatAnswers", SurveyRow.Kind.CSAT, COUNT, s -> true, s -> 1);
    public static final Measure<SurveyRow> CSAT_SATISFIED = survey("csatSatisfied", SurveyRow.Kind.CSAT, COUNT,
            s -> s.score() >= 4, s -> 1);
    public static final Measure<SurveyRow> CES_ANSWERS = survey("cesAnswers", SurveyRow.Kind.CES, COUNT, s -> true, s -> 1);
    public static final Measure<SurveyRow> CES_SCORE = survey("cesScore", SurveyRow.Kind.CES, SUM, s -> true,
            SurveyRow::score);
    public static final Measure<SurveyRow> NPS_ANSWERS = survey("npsAnswers", SurveyRow.Kind.NPS, COUNT, s -> true, s -> 1);
    public static final Measure<SurveyRow> PROMOTERS = survey("promoters", SurveyRow.Kind.NPS, COUNT, s -> s.score() >= 9,
            s -> 1);
    public static final Measure<SurveyRow> DETRACTORS = survey("detractors", SurveyRow.Kind.NPS, COUNT, s -> s.score() <= 6,
            s -> 1);
    public static final Measure<SurveyRow> CX_ANSWERS = survey("cxAnswers", SurveyRow.Kind.CX, COUNT, s -> true, s -> 1);
    public static final Measure<SurveyRow> CX_SCORE = survey("cxScore", SurveyRow.Kind.CX, SUM, s -> true, SurveyRow::score);

    /**
     * The measures whose rows' values depend on other records' history: whether an order is its
     * customer's first, whether a customer bought again. A result that read them is stale when a
     * customer's first or second order moves, whatever day that order lies in.
     */
    public static final java.util.Set<Measure<?>> CUSTOMER_DEPENDENT = java.util.Set.of(INITIAL_ORDERS, CUSTOMERS,
            TIME_TO_VALUE, ACQUIRED, ACQUISITION_REVENUE, RETAINED, RETENTION_REVENUE);

    private static boolean handledByAgent(ConversationRow c) {
        return c.assigned() && (c.replied() || c.resolved());
    }

    private static Measure<OrderRow> order(String name, Aggregation aggregation, Predicate<OrderRow> filter,
            ToLongFunction<OrderRow> value, String description) {
        return new Measure<>(name, Fact.ORDER, aggregation, filter, value, description);
    }

    private static Measure<ActionRow> action(String name, Aggregation aggregation, Predicate<ActionRow> filter,
            ToLongFunction<ActionRow> value, String description) {
        return new Measure<>(name, Fact.ACTION, aggregation, filter, value, description);
    }

    private static Predicate<ActionRow> kind(Kind kind) {
        return a -> a.kind() == kind;
    }

    private static Measure<ConversationRow> conversation(String name, Aggregation aggregation,
            Predicate<ConversationRow> filter, String description) {
        return new Measure<>(name, Fact.CONVERSATION, aggregation, filter, c -> 1, description);
    }

    private static Predicate<ConversationRow> rated(Rating rating) {
        return c -> c.rating() == rating;
    }

    private static Measure<ConversationRow> sum(String name, ToLongFunction<ConversationRow> value) {
        return new Measure<>(name, Fact.CONVERSATION, SUM, c -> true, value, "Σ " + name + " offers");
    }

    private static Measure<SurveyRow> survey(String name, SurveyRow.Kind kind, Aggregation aggregation,
            Predicate<SurveyRow> filter, ToLongFunction<SurveyRow> value) {
        return new Measure<>(name, Fact.SURVEY, aggregation, s -> s.kind() == kind && filter.test(s), value,
                kind.name().toLowerCase(java.util.Locale.ROOT) + " answers: " + name);
    }
}
