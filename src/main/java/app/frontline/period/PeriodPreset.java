package app.frontline.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Named periods relative to today in the requested zone. "This" periods run from the start of the
 * week (Monday), month or quarter up to today; "last" periods are the whole previous one.
 */
public enum PeriodPreset {
    TODAY("Today"),
    YESTERDAY("Yesterday"),
    THIS_WEEK("This week"),
    LAST_WEEK("Last week"),
    THIS_MONTH("This month"),
    LAST_MONTH("Last month"),
    THIS_QUARTER("This quarter"),
    LAST_QUARTER("Last quarter"),
    LAST_7_DAYS("Last 7 days"),
    LAST_30_DAYS("Last 30 days"),
    LAST_90_DAYS("Last 90 days");

    private final String label;

    PeriodPreset(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Period resolve(LocalDate today, ZoneId zone) {
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        return switch (this) {
            case TODAY -> period(today, today, zone, Period.PreviousShift.DAYS);
            case YESTERDAY -> period(today.minusDays(1), today.minusDays(1), zone, Period.PreviousShift.DAYS);
            case THIS_WEEK -> period(weekStart, today, zone, Period.PreviousShift.WEEK);
            case LAST_WEEK -> period(weekStart.minusWeeks(1), weekStart.minusDays(1), zone, Period.PreviousShift.WEEK);
            case THIS_MONTH -> period(monthStart, today, zone, Period.PreviousShift.MONTH);
            case LAST_MONTH -> period(monthStart.minusMonths(1), monthStart.minusDays(1), zone,
                    Period.PreviousShift.DAYS);
            case THIS_QUARTER -> period(quarterStart, today, zone, Period.PreviousShift.QUARTER);
            case LAST_QUARTER -> period(quarterStart.minusMonths(3), quarterStart.minusDays(1), zone,
                    Period.PreviousShift.DAYS);
            case LAST_7_DAYS -> period(today.minusDays(6), today, zone, Period.PreviousShift.DAYS);
            case LAST_30_DAYS -> period(today.minusDays(29), today, zone, Period.PreviousShift.DAYS);
            case LAST_90_DAYS -> period(today.minusDays(89), today, zone, Period.PreviousShift.DAYS);
        };
    }

    private Period period(LocalDate from, LocalDate to, ZoneId zone, Period.PreviousShift shift) {
        return new Period(from, to, zone, label, shift);
    }
}
