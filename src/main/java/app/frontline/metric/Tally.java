package app.frontline.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The running sums of one scope over one time span, from which every metric of the catalogue is
 * derived. Sums and counts are exact (BigDecimal for money); durations are kept whole for the
 * percentiles.
 */
final class Tally {

    // commerce (order createdAt)
    int orders;
    int csrOrders;
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal cogs = BigDecimal.ZERO;
    BigDecimal rebillDiscount = BigDecimal.ZERO;
    BigDecimal retryDiscount = BigDecimal.ZERO;
    int initialOrders;
    final Set<String> customers = new HashSet<>();
    final Durations timeToValue = new Durations();
    // order actions (their own times)
    int refunds;
    BigDecimal refunded = BigDecimal.ZERO;
    int returns;
    int rmas;
    int chargebacks;
    BigDecimal chargebackLost = BigDecimal.ZERO;
    int reprocesses;
    int cancels;
    // logins
    int logins;
    final Set<String> loginAgents = new HashSet<>();
    // conversations (conversation createdAt)
    int conversations;
    int replied;
    int archived;
    int onTime;
    int happy;
    int neutral;
    int sad;
    int acquisitionConversations;
    BigDecimal acquisitionRevenue = BigDecimal.ZERO;
    int retentionConversations;
    BigDecimal retentionRevenue = BigDecimal.ZERO;
    int upsellMade;
    int upsellAccepted;
    int crossSellMade;
    int crossSellAccepted;
    final Durations firstResponse = new Durations();
    final Durations resolution = new Durations();
    final Durations handle = new Durations();
    int handledByAgents;
    final Set<String> agentDays = new HashSet<>();
    // surveys (survey at)
    int csatAnswers;
    int csatSatisfied;
    int cesAnswers;
    long cesSum;
    int npsAnswers;
    int promoters;
    int detractors;
    int cxAnswers;
    long cxSum;
    // set by the caller once all facts are in
    int repurchasers;

    /**
     * Durations in milliseconds, appended in any order; or, from a rollup, only their count and sum,
     * which answer the mean but not the percentiles.
     */
    static final class Durations {
        private long[] values = new long[16];
        private int size;
        private int summedCount;
        private long summedMillis;

        void add(long millis) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = millis;
        }

        void addSum(long count, long millis) {
            summedCount += (int) count;
            summedMillis += millis;
        }

        DurationStats stats() {
            if (summedCount == 0) {
                return DurationStats.of(values, size);
            }
            long sum = summedMillis;
            for (int i = 0; i < size; i++) {
                sum += values[i];
            }
            return DurationStats.meanOnly(sum, size + summedCount);
        }
    }

    static @Nullable Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    static @Nullable Double ratio(double numerator, long denominator) {
        return denominator == 0 ? null : numerator / denominator;
    }

    static @Nullable BigDecimal money(BigDecimal amount, long count) {
        return count == 0 ? null : amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    static @Nullable Double percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 12, RoundingMode.HALF_EVEN).doubleValue();
    }
}
