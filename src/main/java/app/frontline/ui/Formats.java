package app.frontline.ui;

import app.frontline.metric.Direction;
import app.frontline.metric.Unit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How a metric's number reads on screen and in a CSV file, by its unit. */
final class Formats {

    static final String NONE = "—";

    /** Whether a change is good news, by the metric's direction. */
    enum Tone {
        BETTER, WORSE, SAME
    }

    private Formats() {
    }

    /** Money with 2 decimals, % with 1, durations like "4 min 30 s", counts with grouping. */
    static String value(Unit unit, @Nullable Double v) {
        if (v == null) {
            return NONE;
        }
        return switch (unit) {
            case COUNT -> String.format(Locale.ENGLISH, "%,d", Math.round(v));
            case MONEY -> String.format(Locale.ENGLISH, "%,.2f", v);
            case PERCENT -> String.format(Locale.ENGLISH, "%.1f %%", v);
            case SCORE -> String.format(Locale.ENGLISH, "%.1f", v);
            case NUMBER -> String.format(Locale.ENGLISH, "%,.2f", v);
            case SECONDS -> duration(v);
        };
    }

    /**
     * A signed change in the metric's unit: "+3", "−2.50", "+1.5 pp", "−4 min 30 s". The sign is
     * the one of the number as shown: a change that rounds to zero ("−0.0", "+0.0 pp") reads
     * "no change", so the sign never contradicts the digits.
     */
    static String change(Unit unit, @Nullable Double change) {
        if (change == null) {
            return NONE;
        }
        if (shownAsZero(unit, change)) {
            return NO_CHANGE;
        }
        return (change > 0 ? "+" : "−") + size(unit, Math.abs(change));
    }

    /** What a change reads when it rounds to nothing at the unit's precision. */
    static final String NO_CHANGE = "no change";

    /** The unsigned size of a change: percentages in percentage points. */
    static String size(Unit unit, double size) {
        return unit == Unit.PERCENT ? String.format(Locale.ENGLISH, "%.1f pp", size) : value(unit, size);
    }

    /** Whether a change rounds to zero at the precision {@link #value} shows its unit with. */
    static boolean shownAsZero(Unit unit, double change) {
        double step = switch (unit) {
            case COUNT, SECONDS -> 1;
            case MONEY, NUMBER -> 0.01;
            case PERCENT, SCORE -> 0.1;
        };
        return Math.abs(change) < step / 2;
    }

    /** Plain numbers for CSV: no grouping, durations in whole seconds. */
    static String plain(Unit unit, @Nullable Double v) {
        if (v == null) {
            return "";
        }
        return switch (unit) {
            case COUNT -> Long.toString(Math.round(v));
            case MONEY -> String.format(Locale.ROOT, "%.2f", v);
            case PERCENT, SCORE -> String.format(Locale.ROOT, "%.1f", v);
            case NUMBER -> String.format(Locale.ROOT, "%.2f", v);
            case SECONDS -> Long.toString(Math.round(v));
        };
    }

    /** The tone of a change as shown: one that rounds to zero is no news either way. */
    static Tone tone(Direction direction, Unit unit, @Nullable Double change) {
        return change == null || shownAsZero(unit, change) ? Tone.SAME : tone(direction, change);
    }

    static Tone tone(Direction direction, @Nullable Double change) {
        if (change == null || Math.abs(change) < 1e-9 || direction == Direction.NEUTRAL) {
            return Tone.SAME;
        }
        boolean up = change > 0;
        return up == (direction == Direction.HIGHER_IS_BETTER) ? Tone.BETTER : Tone.WORSE;
    }

    /** "45 s", "4 min 30 s", "2 h 5 min", "3 d 4 h": the two largest parts that matter. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return parts(s / 60, "min", s % 60, "s");
        }
        if (s < 86_400) {
            return parts(s / 3600, "h", s % 3600 / 60, "min");
        }
        return parts(s / 86_400, "d", s % 86_400 / 3600, "h");
    }

    private static String parts(long big, String bigUnit, long small, String smallUnit) {
        return small == 0 ? big + " " + bigUnit : big + " " + bigUnit + " " + small + " " + smallUnit;
    }

    static String better(Direction direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> "higher is better";
            case LOWER_IS_BETTER -> "lower is better";
            case NEUTRAL -> "neither higher nor lower is better";
        };
    }

    static String unitName(Unit unit) {
        return switch (unit) {
            case COUNT -> "count";
            case MONEY -> "money (store currency)";
            case PERCENT -> "percentage 0–100";
            case SCORE -> "score";
            case NUMBER -> "number";
            case SECONDS -> "duration (seconds)";
        };
    }
}
