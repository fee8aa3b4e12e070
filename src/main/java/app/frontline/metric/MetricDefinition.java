package app.frontline.metric;

import app.frontline.metric.measure.Formula;
import app.frontline.metric.measure.Measures;
import org.jspecify.annotations.Nullable;

/**
 * One KPI, as data.
 *
 * @param key the GraphQL field name on {@code Kpis} and the {@code MetricKey} value
 * @param description the exact definition, as a person would read it in the glossary
 * @param formula the computation in short, e.g. {@code revenue ÷ orders}
 * @param timestamp which event time places a record in the period
 * @param seed the source article (shared/seeds) the metric comes from
 * @param computation how the value is made from {@link Measures}
 * @param businessTime the computation counting only the team's working hours, for the metrics that
 *     have such a variant ({@code firstResponseTime(businessHours: true)})
 * @param headline one of the few KPIs a manager's first screen leads with
 */
public record MetricDefinition(String key, String label, MetricGroup group, Unit unit, Direction direction,
        String description, String formula, String timestamp, String seed, Formula computation,
        @Nullable Formula businessTime, boolean headline) {

    /** The description shown in the GraphQL schema: definition, formula, unit and direction. */
    public String schemaDescription() {
        String better = switch (direction) {
            case HIGHER_IS_BETTER -> "higher is better";
            case LOWER_IS_BETTER -> "lower is better";
            case NEUTRAL -> "neither higher nor lower is better";
        };
        return label + ": " + description + "\n\nFormula: " + formula + ". Period by " + timestamp + ". Unit: "
                + unit.symbol() + "; " + better + ". Source: seed " + seed + "."
                + (businessTime == null ? "" : " With businessHours: true, durations count only the team's working"
                        + " hours outside its holidays.");
    }

    /** The computation of the calendar or the business-time variant. */
    public Formula computation(boolean businessHours) {
        if (businessHours && businessTime == null) {
            throw new IllegalArgumentException(key + " has no business-hours variant");
        }
        return businessHours ? businessTime : computation;
    }

    /**
     * Whether a channel or tag narrows the metric: it reads only conversations and their surveys.
     * Orders, order actions and logins have no channel or tag, so such a metric is null in a slice.
     */
    public boolean sliceable() {
        return computation.measures().stream().allMatch(m -> m.fact().sliced());
    }

    /** The single number that stands for a value: the mean of a duration (the median for time to value). */
    public @Nullable Double headline(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case DurationStats stats -> computation.headline() == Formula.Headline.MEDIAN ? stats.median()
                    : stats.mean();
            case Number number -> number.doubleValue();
            default -> throw new IllegalStateException("not a number: " + value);
        };
    }
}
