package app.frontline.demo;

import org.jspecify.annotations.Nullable;

/**
 * How one record writes its instants: most sources send UTC ({@code Z}); some send the local
 * offset of their zone ({@code +05:30}), a few {@code +00:00}, a few with milliseconds. One
 * record keeps one style, as a real exporting system would.
 */
record TimeStyle(@Nullable HourlyOffsets local, boolean forceOffset, int millis) {

    static final TimeStyle UTC = new TimeStyle(null, false, -1);
    private static final TimeStyle PLUS_ZERO = new TimeStyle(null, true, -1);

    static TimeStyle draw(Rng rng, HourlyOffsets zone) {
        double x = rng.uniform();
        if (x < 0.78) {
            return UTC;
        }
        if (x < 0.95) {
            return new TimeStyle(zone, false, -1);
        }
        if (x < 0.97) {
            return PLUS_ZERO;
        }
        return new TimeStyle(null, false, rng.between(0, 999));
    }

    int offsetSeconds(long epochSecond) {
        return local == null ? 0 : local.at(epochSecond);
    }
}
