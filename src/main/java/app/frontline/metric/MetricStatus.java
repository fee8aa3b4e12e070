package app.frontline.metric;

/** Where a value stands against its benchmark; NONE when there is no benchmark or no value. */
public enum MetricStatus {
    OK, WARN, BREACH, NONE
}
