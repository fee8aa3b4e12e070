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
        long[] values = Arrays.copyOf(millis, n);
        long sum = 0;
        for (long v : values) {
            sum += v;
        }
        // selection, not a sort: the two ranks in linear time (the median's selection leaves every
        // larger value above it, where the 90th percentile's is looked for)
        int median = rank(n, 50);
        int p90 = rank(n, 90);
        long atMedian = select(values, 0, n - 1, median);
        long atP90 = select(values, median, n - 1, p90);
        return new DurationStats(mean(sum, n), atMedian / 1000.0, atP90 / 1000.0, n);
    }

    private static double mean(long sumMillis, int n) {
        return sumMillis / 1000.0 / n;
    }

    /** The 0-based index of the nearest rank ⌈p·n/100⌉ among n sorted values. */
    private static int rank(int n, int percentile) {
        return Math.max((percentile * n + 99) / 100, 1) - 1;
    }

    /** The k-th smallest value of {@code a[from..to]} (k an index of the whole array), partly reordering it. */
    private static long select(long[] a, int from, int to, int k) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            long pivot = median(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

}
