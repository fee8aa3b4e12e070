package app.frontline.metric.measure;

/**
 * A conversation as measures see it. Durations are milliseconds; the business-time ones count
 * only the time inside the conversation's team's working hours. What depends on other records
 * (the team's SLA, connected orders and whether their customers are new) is answered as of now.
 */
public interface ConversationRow {

    boolean replied();

    long firstResponseMillis();

    boolean resolved();

    long resolutionMillis();

    /** Replied within the SLA of the conversation's team (60 minutes without a team). */
    boolean onTime();

    long businessFirstResponseMillis();

    long businessResolutionMillis();

    boolean businessOnTime();

    boolean archived();

    boolean hasHandleTime();

    long handleMillis();

    enum Rating { NONE, HAPPY, NEUTRAL, SAD }

    Rating rating();

    int upsellMade();

    int upsellAccepted();

    int crossSellMade();

    int crossSellAccepted();

    boolean assigned();

    /** The assigned agent and the conversation's start date in the request's zone, as one code. */
    long agentDay();

    /** Whether a connected approved order is a new-customer order. */
    boolean acquired();

    /** The total of the connected new-customer approved orders, in minor units. */
    long acquisitionRevenue();

    /** Whether a connected approved order is an existing-customer order. */
    boolean retained();

    long retentionRevenue();
}
