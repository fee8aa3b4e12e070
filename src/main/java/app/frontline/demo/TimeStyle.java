package app.frontline.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * How one record writes its instants: most sources send UTC ({@code Z}); some send the local
 * offset of their zone ({@code +05:30}), a few {@code +00:00}, a few with milliseconds. One
 * record keeps one style, as a real exporting system would.
 */
record TimeStyle(ZoneRules rules, boolean local, boolean forceOffset, int millis) {

    static final TimeStyle UTC = new TimeStyle(ZoneId.of("UTC").getRules(), false, false, -1);

    static TimeStyle draw(Rng rng, ZoneId zone) {
        double x = rng.uniform();
        if (x < 0.78) {
            return UTC;
        }
        if (x < 0.95) {
            return new TimeStyle(zone.getRules(), true, false, -1);
        }
        if (x < 0.97) {
            return new TimeStyle(UTC.rules, false, true, -1);
        }
        return new TimeStyle(UTC.rules, false, false, rng.between(0, 999));
    }

    int offsetSeconds(long epochSecond) {
        return local ? rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds() : 0;
    }
}
