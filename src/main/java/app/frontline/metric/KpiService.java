package app.frontline.metric;

import app.frontline.period.Granularity;
import app.frontline.period.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Computes any selection of catalogue metrics for many scopes at once, from the in-memory facts:
 * one pass over the period's facts for every scope and metric of the call, the measures the
 * metrics' formulas name and no others. A result is reused by later calls until a change touches
 * what it read. Values follow shared/metrics.md: a ratio with a zero denominator is null, rates are
 * percentages, money is BigDecimal, durations are {@link DurationStats} in seconds.
 *
 * <p>A metric key may name the business-hours variant ({@link #businessHours(String)}).
 */
public interface KpiService {

    String BUSINESS_HOURS = "@businessHours";

    /** One value per requested metric (null where undefined) for each scope. */
    Map<Scope, Map<String, @Nullable Object>> compute(Period period, Set<Scope> scopes, Set<String> metrics);

    /** The metric's headline value per bucket of the period, for each scope. */
    Map<Scope, List<SeriesPoint>> series(Period period, Granularity granularity, Set<Scope> scopes, String metric);

    /** Several metrics' series over the same buckets, in one pass: per scope, per metric. */
    Map<Scope, Map<String, List<SeriesPoint>>> series(Period period, Granularity granularity, Set<Scope> scopes,
            Set<String> metrics);

    /** The tags of the scope's conversations in the period, sorted: the rows of a tag breakdown. */
    List<String> tags(Period period, Scope scope);

    /** The key of a metric's business-hours variant ({@code firstResponseTime@businessHours}). */
    static String businessHours(String metric) {
        return metric + BUSINESS_HOURS;
    }

    /** A metric's single number: the mean of a duration (the median for time to value). */
    static @Nullable Double headline(String metric, @Nullable Object value) {
        String key = metric.endsWith(BUSINESS_HOURS) ? metric.substring(0, metric.length() - BUSINESS_HOURS.length())
                : metric;
        return MetricCatalogue.get(key).headline(value);
    }
}
