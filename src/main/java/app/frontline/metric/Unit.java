package app.frontline.metric;

/** What a metric's number is, and the GraphQL type that carries it. */
public enum Unit {
    /** A whole number of things: GraphQL Int. */
    COUNT("count", "Int"),
    /** A decimal in the store currency: GraphQL BigDecimal. */
    MONEY("money", "BigDecimal"),
    /** A percentage 0–100: GraphQL Float. */
    PERCENT("%", "Float"),
    /** A score on the metric's own scale: GraphQL Float. */
    SCORE("score", "Float"),
    /** A plain ratio: GraphQL Float. */
    NUMBER("number", "Float"),
    /** Durations in seconds, as mean, median and 90th percentile: GraphQL DurationStats. */
    SECONDS("seconds", "DurationStats");

    private final String symbol;
    private final String graphQlType;

    Unit(String symbol, String graphQlType) {
        this.symbol = symbol;
        this.graphQlType = graphQlType;
    }

    public String symbol() {
        return symbol;
    }

    public String graphQlType() {
        return graphQlType;
    }
}
