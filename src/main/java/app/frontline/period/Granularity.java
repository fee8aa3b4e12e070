package app.frontline.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** How a series cuts a period: by day, by ISO week (Monday start) or by calendar month, in its zone. */
public enum Granularity {
    DAY, WEEK, MONTH;

    /** The start of the bucket a date falls in. */
    public LocalDate bucketStart(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    private LocalDate next(LocalDate bucketStart) {
        return switch (this) {
            case DAY -> bucketStart.plusDays(1);
            case WEEK -> bucketStart.plusWeeks(1);
            case MONTH -> bucketStart.plusMonths(1);
        };
    }

    /**
     * The buckets covering a period, in order. Each keeps its natural start (a Monday, the 1st)
     * while its span is clipped to the period, so a series adds up to the period's totals.
     */
    public List<Bucket> buckets(Period period) {
        List<Bucket> buckets = new ArrayList<>();
        for (LocalDate start = bucketStart(period.from()); !start.isAfter(period.to()); start = next(start)) {
            LocalDate from = start.isBefore(period.from()) ? period.from() : start;
            LocalDate last = next(start).minusDays(1);
            LocalDate to = last.isAfter(period.to()) ? period.to() : last;
            buckets.add(new Bucket(start, Period.of(from, to, period.zone())));
        }
        return buckets;
    }

    /** One point of a series: its natural start and the part of the period it covers. */
    public record Bucket(LocalDate start, Period span) {
    }
}
