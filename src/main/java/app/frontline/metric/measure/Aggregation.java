package app.frontline.metric.measure;

/** How a measure combines the values of its rows. */
public enum Aggregation {
    /** The number of rows that pass the filter. */
    COUNT,
    /** The sum of a whole-number value (milliseconds, scores, offers). */
    SUM,
    /** The sum of an amount of money, in the store's minor units ({@link Tallied#moneyScale()}). */
    MONEY,
    /** Every value, kept for percentiles (durations in milliseconds). */
    VALUES,
    /** The number of distinct values (customers, agents, agent-days). */
    DISTINCT;

    /** Whether the aggregate of a union is the sum of the aggregates of its parts. */
    public boolean additive() {
        return this == COUNT || this == SUM || this == MONEY;
    }
}
