/**
 * Reporting cadence (shared/metrics.md section 5): benchmarks and the status they give every metric
 * value ({@link app.frontline.cadence.Benchmarks}), volume surges
 * ({@link app.frontline.cadence.Surges}) and the conversation forecast with its staffing
 * ({@link app.frontline.cadence.Forecasts}). Numbers come from the metric package's public
 * {@code KpiService}; only the benchmarks are stored here (collection {@code benchmarks}).
 */
@NullMarked
package app.frontline.cadence;

import org.jspecify.annotations.NullMarked;
