package app.frontline.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * A zone's UTC offset for every hour of the generated period, looked up by index: asking
 * ZoneRules for each timestamp took a tenth of the run. Hours that contain a transition, and
 * instants outside the period, still ask ZoneRules.
 */
final class HourlyOffsets {

    private static final int ASK = Integer.MIN_VALUE;

    private final ZoneRules rules;
    private final long firstHour;
    private final int[] offsets;

    HourlyOffsets(ZoneId zone, long from, long to) {
        this.rules = zone.getRules();
        this.firstHour = Math.floorDiv(from, 3600);
        this.offsets = new int[(int) (Math.floorDiv(to, 3600) - firstHour + 1)];
        for (int i = 0; i < offsets.length; i++) {
            long hour = (firstHour + i) * 3600;
            int start = ask(hour);
            offsets[i] = start == ask(hour + 3599) ? start : ASK;
        }
    }

    int at(long epochSecond) {
        long i = Math.floorDiv(epochSecond, 3600) - firstHour;
        if (i >= 0 && i < offsets.length && offsets[(int) i] != ASK) {
            return offsets[(int) i];
        }
        return ask(epochSecond);
    }

    private int ask(long epochSecond) {
        return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }
}
