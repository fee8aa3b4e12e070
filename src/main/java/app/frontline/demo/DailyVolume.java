package app.frontline.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * How many conversations and orders fall on each day: a weekly rhythm (weekends quieter for
 * support, not for shopping), a slow growth trend, day-to-day noise and one surge week with 2.5x
 * the support volume. Counts are rounded cumulatively, so they add up exactly to the totals.
 */
final class DailyVolume {

    private static final double[] SUPPORT_BY_WEEKDAY = {1.15, 1.06, 1.0, 0.98, 0.92, 0.5, 0.42};
    private static final double[] ORDERS_BY_WEEKDAY = {1.0, 0.98, 0.97, 0.98, 1.02, 0.9, 0.95};
    static final double SURGE_FACTOR = 2.5;

    final long[] conversations;
    final long[] orders;
    /** Day index of the surge week's Monday, or -1 when the period is too short for one. */
    final int surgeStart;

    DailyVolume(DemoOptions options, Rng rng) {
        int days = options.days();
        LocalDate first = options.firstDay();
        surgeStart = surgeStart(first, days);
        double[] support = new double[days];
        double[] shopping = new double[days];
        for (int d = 0; d < days; d++) {
            int weekday = first.plusDays(d).getDayOfWeek().getValue() - 1;
            double trend = 0.9 + 0.2 * d / Math.max(1, days - 1);
            boolean surge = inSurge(d);
            support[d] = SUPPORT_BY_WEEKDAY[weekday] * trend * (surge ? SURGE_FACTOR : 1) * rng.logNormal(1, 0.07);
            shopping[d] = ORDERS_BY_WEEKDAY[weekday] * trend * (surge ? 1.25 : 1) * rng.logNormal(1, 0.07);
        }
        conversations = spread(options.conversations(), support);
        orders = spread(options.orders(), shopping);
    }

    boolean inSurge(int day) {
        return surgeStart >= 0 && day >= surgeStart && day < surgeStart + 7;
    }

    /** About six weeks before the end, on a Monday, with four weeks of history before it. */
    private static int surgeStart(LocalDate first, int days) {
        if (days < 35) {
            return -1;
        }
        int start = Math.max(28, days - 42);
        while (first.plusDays(start).getDayOfWeek() != DayOfWeek.MONDAY) {
            start++;
        }
        return start + 7 <= days ? start : start - 7;
    }

    private static long[] spread(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] counts = new long[weights.length];
        double cumulative = 0;
        long given = 0;
        for (int d = 0; d < weights.length; d++) {
            cumulative += weights[d];
            long upTo = Math.round(total * cumulative / sum);
            counts[d] = upTo - given;
            given = upTo;
        }
        return counts;
    }
}
