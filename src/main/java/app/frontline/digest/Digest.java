package app.frontline.digest;

import app.frontline.metric.MetricDefinition;
import app.frontline.period.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One weekly digest: a scope's week against the week before, and its best and worst agents.
 *
 * @param teamId null for the whole store
 * @param withStatus whether a {@link DigestStatus} gave the rows a status (then breaches come first)
 * @param agentsLimited whether the scope has active agents the reader may not see, left out of
 *     {@code top} and {@code bottom} (the numbers still count them)
 */
record Digest(@Nullable String teamId, String scopeName, Period week, List<Row> rows, MetricDefinition rankedBy,
        List<AgentLine> top, List<AgentLine> bottom, boolean withStatus, boolean agentsLimited) {

    String subject() {
        return "Frontline weekly digest: " + scopeName + ", " + week.from() + " to " + week.to();
    }

    /** A metric's headline this week and the week before; status NONE without benchmarks. */
    record Row(MetricDefinition metric, @Nullable Double value, @Nullable Double previous, String status) {
    }

    record AgentLine(String name, @Nullable Double value) {
    }
}
