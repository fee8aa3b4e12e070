package app.frontline.metric.measure;

/**
 * The aggregates of one scope over one bucket of a request, as a {@link Formula} reads them. Only
 * the measures the request's formulas named were computed.
 */
public interface Tallied {

    /** A COUNT, SUM or MONEY measure's total. */
    long sum(Measure<?> measure);

    /** A VALUES measure's values, in no particular order. */
    long[] values(Measure<?> measure);

    /** A DISTINCT measure's values, sorted and unique. */
    long[] distinct(Measure<?> measure);

    /** The whole store's aggregates over the same bucket (for shares of the store). */
    Tallied store();

    /** Calendar days in the bucket. */
    int days();

    /** The scope's active agents together with the given agent codes (sorted): how many. */
    int agentsWith(long[] agents);

    /** How many of the given customers (sorted codes) had more than one approved order before the bucket's end. */
    int repurchasers(long[] customers);

    /** Decimal places of MONEY measures' minor units. */
    int moneyScale();
}
