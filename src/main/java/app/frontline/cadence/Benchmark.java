package app.frontline.cadence;

import app.frontline.metric.Direction;
import app.frontline.metric.MetricStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A metric's target with its warn and breach thresholds, store-wide ({@code teamId} null) or for
 * one team. The id is derived from the two, so setting a benchmark again replaces it.
 */
@Document("benchmarks")
public record Benchmark(@Id String id, String metric, @Nullable String teamId, double target, double warn,
        double breach, Instant updatedAt) {

    public static Benchmark of(String metric, @Nullable String teamId, double target, double warn, double breach,
            Instant updatedAt) {
        return new Benchmark(id(metric, teamId), metric, teamId, target, warn, breach, updatedAt);
    }

    static String id(String metric, @Nullable String teamId) {
        return teamId == null ? "store/" + metric : "team/" + teamId + "/" + metric;
    }

    /**
     * A threshold belongs to the worse side: reaching warn is WARN, reaching breach is BREACH. For a
     * NEUTRAL metric (which never gets a benchmark) there is no worse side: NONE.
     */
    public MetricStatus judge(double value, Direction direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> value <= breach ? MetricStatus.BREACH
                    : value <= warn ? MetricStatus.WARN : MetricStatus.OK;
            case LOWER_IS_BETTER -> value >= breach ? MetricStatus.BREACH
                    : value >= warn ? MetricStatus.WARN : MetricStatus.OK;
            case NEUTRAL -> MetricStatus.NONE;
        };
    }
}
