package app.frontline.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.metric.Direction;
import app.frontline.metric.MetricStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The edge rule on its own: a threshold belongs to the worse side, in both directions. */
class BenchmarkJudgeTest {

    @Test
    void higherIsBetter() {
        Benchmark csat = Benchmark.of("csat", null, 90, 80, 70, Instant.EPOCH);
        assertThat(csat.judge(90, Direction.HIGHER_IS_BETTER)).isEqualTo(MetricStatus.OK);
        assertThat(csat.judge(80.5, Direction.HIGHER_IS_BETTER)).isEqualTo(MetricStatus.OK);
        assertThat(csat.judge(80, Direction.HIGHER_IS_BETTER)).isEqualTo(MetricStatus.WARN);
        assertThat(csat.judge(70.5, Direction.HIGHER_IS_BETTER)).isEqualTo(MetricStatus.WARN);
        assertThat(csat.judge(70, Direction.HIGHER_IS_BETTER)).isEqualTo(MetricStatus.BREACH);
        assertThat(csat.judge(0, Direction.HIGHER_IS_BETTER)).isEqualTo(MetricStatus.BREACH);
    }

    @Test
    void lowerIsBetter() {
        Benchmark frt = Benchmark.of("firstResponseTime", null, 300, 600, 900, Instant.EPOCH);
        assertThat(frt.judge(0, Direction.LOWER_IS_BETTER)).isEqualTo(MetricStatus.OK);
        assertThat(frt.judge(599.5, Direction.LOWER_IS_BETTER)).isEqualTo(MetricStatus.OK);
        assertThat(frt.judge(600, Direction.LOWER_IS_BETTER)).isEqualTo(MetricStatus.WARN);
        assertThat(frt.judge(899.5, Direction.LOWER_IS_BETTER)).isEqualTo(MetricStatus.WARN);
        assertThat(frt.judge(900, Direction.LOWER_IS_BETTER)).isEqualTo(MetricStatus.BREACH);
    }

    @Test
    void warnEqualToBreachLeavesNoWarnBand() {
        Benchmark b = Benchmark.of("csat", null, 90, 80, 80, Instant.EPOCH);
        assertThat(b.judge(80, Direction.HIGHER_IS_BETTER)).isEqualTo(MetricStatus.BREACH);
        assertThat(b.judge(80.01, Direction.HIGHER_IS_BETTER)).isEqualTo(MetricStatus.OK);
    }
}
