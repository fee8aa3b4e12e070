package app.frontline.digest;

import app.frontline.metric.Scope;
import org.jspecify.annotations.Nullable;

/**
 * A metric value's status against its benchmark, for the digest: provide a bean (benchmarks do) and
 * the digest shows a status column and lists breaches first, then warnings. Without one the
 * digest has no status column.
 */
@FunctionalInterface
public interface DigestStatus {

    /** OK, WARN, BREACH or NONE, as the benchmarks name them. */
    String status(Scope scope, String metric, @Nullable Double value);
}
