package app.frontline.metric;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Durations in seconds: mean, median and 90th percentile (nearest rank: the value at rank
 * ⌈p/100 · n⌉ of the n sorted values), over {@code count} values.
 */
public record DurationStats(@Nullable Double mean, @Nullable Double median, @Nullable Double p90, int count) {

    /**
     * From {@code n} values in milliseconds. The sum is exact (a long), so the mean does not depend
     * on the order the values came in, and equals the mean of a rollup's sum and count.
     */
    public static DurationStats of(long[] millis, int n) {
        if (n == 0) {
            return new DurationStats(null, null, null, 0);
        }
        long[] sorted = Arrays.copyOf(millis, n);
        Arrays.sort(sorted);
        long sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        return new DurationStats(mean(sum, n), nearestRank(sorted, 50) / 1000.0, nearestRank(sorted, 90) / 1000.0, n);
    }

    /** Only the mean, from a sum of milliseconds and a count (what a rollup keeps). */
    static DurationStats meanOnly(long sumMillis, int n) {
        return n == 0 ? new DurationStats(null, null, null, 0) : new DurationStats(mean(sumMillis, n), null, null, n);
    }

    private static double mean(long sumMillis, int n) {
        return sumMillis / 1000.0 / n;
    }

    static long nearestRank(long[] sorted, int percentile) {
        // ⌈p·n/100⌉ in integers: no floating-point rounding at exact ranks
        int rank = (percentile * sorted.length + 99) / 100;
        return sorted[Math.max(rank, 1) - 1];
    }
}
