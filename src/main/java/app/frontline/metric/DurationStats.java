package app.frontline.metric;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Durations in seconds: mean, median and 90th percentile (nearest rank: the value at rank
 * ⌈p/100 · n⌉ of the n sorted values), over {@code count} values.
 */
public record DurationStats(@Nullable Double mean, @Nullable Double median, @Nullable Double p90, int count) {

    static DurationStats of(double[] values, int n) {
        if (n == 0) {
            return new DurationStats(null, null, null, 0);
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new DurationStats(sum / n, nearestRank(sorted, 50), nearestRank(sorted, 90), n);
    }

    static double nearestRank(double[] sorted, int percentile) {
        // ⌈p·n/100⌉ in integers: no floating-point rounding at exact ranks
        int rank = (percentile * sorted.length + 99) / 100;
        return sorted[Math.max(rank, 1) - 1];
    }
}
