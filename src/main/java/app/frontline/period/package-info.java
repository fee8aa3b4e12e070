/**
 * Periods: calendar date ranges in a time zone, their presets, their previous period and the
 * day / ISO-week / month buckets a series is cut into.
 */
@NullMarked
package app.frontline.period;

import org.jspecify.annotations.NullMarked;
