package app.frontline.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Calendar dates {@code from}..{@code to}, both inclusive, in a time zone. An event is in the
 * period when its instant lies in {@code [start, end)}: from midnight of {@code from} to midnight
 * after {@code to}, in the zone, DST included.
 *
 * @param label what a person calls it ("This week", "2 Nov – 8 Nov 2026")
 * @param previousShift how far back the previous period of equal length starts: the same number of
 *     days for a plain range, the same days of the previous week, month or quarter for a preset
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone, String label, PreviousShift previousShift) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public Period {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Period of(LocalDate from, LocalDate to, ZoneId zone) {
        return new Period(from, to, zone, rangeLabel(from, to), PreviousShift.DAYS);
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** Midnight after the last day: the first instant no longer in the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /** The period of equal length just before this one. */
    public Period previous() {
        LocalDate previousFrom = previousShift.shift(from, days());
        LocalDate previousTo = previousFrom.plusDays(days() - 1);
        if (!previousTo.isBefore(from)) {
            // "this month" on the 31st after a 30-day month: the previous one ends where this starts
            previousTo = from.minusDays(1);
        }
        return new Period(previousFrom, previousTo, zone, "Previous: " + rangeLabel(previousFrom, previousTo),
                previousShift);
    }

    static String rangeLabel(LocalDate from, LocalDate to) {
        return from.equals(to) ? DAY.format(from) : DAY.format(from) + " – " + DAY.format(to);
    }

    /** How a period's predecessor is found. */
    public enum PreviousShift {
        /** The same number of days immediately before. */
        DAYS,
        /** The same weekdays one week earlier. */
        WEEK,
        /** The same days of the month one month earlier (clipped to that month's length). */
        MONTH,
        /** The same days of the quarter one quarter earlier. */
        QUARTER;

        LocalDate shift(LocalDate from, int days) {
            return switch (this) {
                case DAYS -> from.minusDays(days);
                case WEEK -> from.minusWeeks(1);
                case MONTH -> from.minusMonths(1);
                case QUARTER -> from.minusMonths(3);
            };
        }
    }
}
