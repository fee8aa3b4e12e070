package app.frontline.metric;

/** Which way a metric is better: it colours changes and decides benchmark status. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL
}
