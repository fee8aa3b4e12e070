package app.frontline.metric.measure;

/** An approved order as measures see it; money in minor units, durations in milliseconds. */
public interface OrderRow {

    boolean byAgent();

    long total();

    long cogs();

    long rebillDiscount();

    long retryDiscount();

    /** The customer's code: the same for every order of one customer e-mail. */
    long customer();

    /** Whether no approved order of the same customer was created earlier. */
    boolean initial();

    boolean delivered();

    /** deliveredAt − createdAt. */
    long deliveryMillis();
}
