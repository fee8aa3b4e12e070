package app.frontline.metric.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How a metric's value is made from measures: a count, a sum of money, a ratio, a percentage, a
 * duration distribution... Each factory names the measures it reads, so a request computes exactly
 * those. Values follow shared/metrics.md: a zero denominator gives null, rates are percentages,
 * money is an exact decimal, durations are milliseconds ({@link Durations}).
 *
 * @param headline which single number stands for the value (a series point, a change)
 */
public record Formula(List<Measure<?>> measures, Function<Tallied, @Nullable Object> compute, Headline headline) {

    public enum Headline { VALUE, MEAN, MEDIAN }

    /** The measured durations of a duration metric, in milliseconds, in no particular order. */
    public record Durations(long[] millis) {
    }

    public @Nullable Object value(Tallied tallied) {
        return compute.apply(tallied);
    }

    public static Formula count(Measure<?> measure) {
        return of(t -> (int) t.sum(measure), measure);
    }

    public static Formula money(Measure<?> measure) {
        return of(t -> money(t.sum(measure), t), measure);
    }

    /** part ÷ whole × 100. */
    public static Formula percent(Measure<?> part, Measure<?> whole) {
        return of(t -> percent(t.sum(part), t.sum(whole)), part, whole);
    }

    /** The scope's part as a share of the whole store's whole, × 100. */
    public static Formula shareOfStore(Measure<?> part, Measure<?> storeWhole) {
        return of(t -> percent(t.sum(part), t.store().sum(storeWhole)), part, storeWhole);
    }

    public static Formula ratio(Measure<?> numerator, Measure<?> denominator) {
        return of(t -> ratio(t.sum(numerator), t.sum(denominator)), numerator, denominator);
    }

    /** An amount of money per thing, rounded half-up to cents. */
    public static Formula moneyPer(Measure<?> amount, Measure<?> count) {
        return of(t -> moneyPer(t.sum(amount), t.sum(count), t), amount, count);
    }

    /** (amount − minus) per thing, rounded half-up to cents. */
    public static Formula moneyPer(Measure<?> amount, Measure<?> minus, Measure<?> count) {
        return of(t -> moneyPer(t.sum(amount) - t.sum(minus), t.sum(count), t), amount, minus, count);
    }

    /** An amount of money per distinct thing, rounded half-up to cents. */
    public static Formula moneyPerDistinct(Measure<?> amount, Measure<?> distinct) {
        return of(t -> moneyPer(t.sum(amount), t.distinct(distinct).length, t), amount, distinct);
    }

    /** A money share: part ÷ whole × 100, divided exactly to 12 places before it becomes a double. */
    public static Formula moneyPercent(Measure<?> part, Measure<?> whole) {
        return of(t -> t.sum(whole) == 0 ? null
                : BigDecimal.valueOf(t.sum(part)).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(t.sum(whole)), 12, RoundingMode.HALF_EVEN).doubleValue(),
                part, whole);
    }

    /** Handled things per distinct pair (agent capacity). */
    public static Formula perDistinct(Measure<?> count, Measure<?> distinct) {
        return of(t -> ratio(t.sum(count), t.distinct(distinct).length), count, distinct);
    }

    /** count ÷ (days × the scope's agents, counting inactive agents who appear in {@code agents}). */
    public static Formula perAgentPerDay(Measure<?> count, Measure<?> agents) {
        return of(t -> ratio(t.sum(count), (long) t.days() * t.agentsWith(t.distinct(agents))), count, agents);
    }

    /** % of the distinct customers with more than one approved order up to the bucket's end. */
    public static Formula repurchase(Measure<?> customers) {
        return of(t -> {
            long[] distinct = t.distinct(customers);
            return percent(t.repurchasers(distinct), distinct.length);
        }, customers);
    }

    /** % of part minus % of other, over the same whole (NPS). */
    public static Formula percentDifference(Measure<?> part, Measure<?> other, Measure<?> whole) {
        return of(t -> t.sum(whole) == 0 ? null
                : percent(t.sum(part), t.sum(whole)) - percent(t.sum(other), t.sum(whole)), part, other, whole);
    }

    public static Formula durations(Measure<?> values, Headline headline) {
        return new Formula(List.of(values), t -> new Durations(t.values(values)), headline);
    }

    private static Formula of(Function<Tallied, @Nullable Object> compute, Measure<?>... measures) {
        return new Formula(List.of(measures), compute, Headline.VALUE);
    }

    private static BigDecimal money(long minor, Tallied t) {
        return BigDecimal.valueOf(minor, t.moneyScale());
    }

    private static @Nullable BigDecimal moneyPer(long minor, long count, Tallied t) {
        return count == 0 ? null : money(minor, t).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    private static @Nullable Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    private static @Nullable Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
