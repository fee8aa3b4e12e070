package app.frontline.period;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a team works, in its own zone: intervals of local time per weekday (several a day allowed),
 * minus holidays (whole local dates). {@link #workingTime} counts only the part of a span that lies
 * inside working intervals, each interval placed on the real time line of its date, so a DST change
 * inside one shortens or lengthens it exactly as a wall clock would (00:00–06:00 on the spring-forward
 * night of Europe/Amsterdam is 5 hours).
 *
 * <p>A calendar without intervals works around the clock: its working time is calendar time minus
 * any holidays, and with no holidays either it is plain elapsed time.
 */
public final class BusinessCalendar {

    /** Minutes of a whole day: an interval may end at 24:00 (the next date's midnight). */
    public static final int DAY_MINUTES = 24 * 60;

    /** One working interval of a weekday, [from, to) in minutes after local midnight, to ≤ 24:00. */
    public record Interval(DayOfWeek day, int fromMinute, int toMinute) {

        public Interval {
            if (fromMinute < 0 || toMinute > DAY_MINUTES || fromMinute >= toMinute) {
                throw new IllegalArgumentException("a working interval needs 00:00 <= from < to <= 24:00, got "
                        + fromMinute + ".." + toMinute + " minutes");
            }
        }
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Interval>> byDay = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays;
    private final boolean aroundTheClock;

    public BusinessCalendar(ZoneId zone, Collection<Interval> intervals, Collection<LocalDate> holidays) {
        this.zone = zone;
        this.holidays = Set.copyOf(holidays);
        this.aroundTheClock = intervals.isEmpty();
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(day, merged(intervals.stream().filter(i -> i.day() == day).toList(), day));
        }
    }

    /** Plain elapsed time in the zone: no working hours, no holidays. */
    public static BusinessCalendar calendarTime(ZoneId zone) {
        return new BusinessCalendar(zone, List.of(), List.of());
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether the date (local to the calendar's zone) is one of its holidays. */
    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    /** The working time between two instants (zero when end is not after start). */
    public Duration workingTime(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            return Duration.ZERO;
        }
        if (aroundTheClock && holidays.isEmpty()) {
            return Duration.between(start, end);
        }
        long millis = 0;
        for (LocalDate date = LocalDate.ofInstant(start, zone); date.atStartOfDay(zone).toInstant().isBefore(end);
                date = date.plusDays(1)) {
            if (holidays.contains(date)) {
                continue;
            }
            for (Interval interval : byDay.get(date.getDayOfWeek())) {
                Instant from = at(date, interval.fromMinute());
                Instant to = at(date, interval.toMinute());
                Instant a = from.isAfter(start) ? from : start;
                Instant b = to.isBefore(end) ? to : end;
                if (b.isAfter(a)) {
                    millis += b.toEpochMilli() - a.toEpochMilli();
                }
            }
        }
        return Duration.ofMillis(millis);
    }

    /** The instant of a local time of a date; 24:00 is the next midnight, a time in a DST gap moves forward. */
    private Instant at(LocalDate date, int minute) {
        if (minute == 0) {
            return date.atStartOfDay(zone).toInstant();
        }
        if (minute == DAY_MINUTES) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return date.atTime(LocalTime.of(minute / 60, minute % 60)).atZone(zone).toInstant();
    }

    /** The day's intervals sorted, overlapping or touching ones joined; all day when there are none at all. */
    private List<Interval> merged(List<Interval> intervals, DayOfWeek day) {
        if (aroundTheClock) {
            return List.of(new Interval(day, 0, DAY_MINUTES));
        }
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingInt(Interval::fromMinute));
        List<Interval> result = new ArrayList<>();
        for (Interval next : sorted) {
            Interval last = result.isEmpty() ? null : result.getLast();
            if (last != null && next.fromMinute() <= last.toMinute()) {
                result.set(result.size() - 1,
                        new Interval(day, last.fromMinute(), Math.max(last.toMinute(), next.toMinute())));
            } else {
                result.add(next);
            }
        }
        return List.copyOf(result);
    }
}
