package app.frontline.metric;

/**
 * One KPI, as data.
 *
 * @param key the GraphQL field name on {@code Kpis} and the {@code MetricKey} value
 * @param description the exact definition, as a person would read it in the glossary
 * @param formula the computation in short, e.g. {@code revenue ÷ orders}
 * @param timestamp which event time places a record in the period
 * @param seed the source article (shared/seeds) the metric comes from
 */
public record MetricDefinition(String key, String label, MetricGroup group, Unit unit, Direction direction,
        String description, String formula, String timestamp, String seed) {

    /** The description shown in the GraphQL schema: definition, formula, unit and direction. */
    public String schemaDescription() {
        String better = switch (direction) {
            case HIGHER_IS_BETTER -> "higher is better";
            case LOWER_IS_BETTER -> "lower is better";
            case NEUTRAL -> "neither higher nor lower is better";
        };
        return label + ": " + description + "\n\nFormula: " + formula + ". Period by " + timestamp + ". Unit: "
                + unit.symbol() + "; " + better + ". Source: seed " + seed + ".";
    }
}
