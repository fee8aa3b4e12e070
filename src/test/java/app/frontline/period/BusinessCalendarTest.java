package app.frontline.period;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.period.BusinessCalendar.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working time worked out by hand; Amsterdam is UTC+1 until 29 March 2026 02:00, UTC+2 after. */
class BusinessCalendarTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Monday to Friday 09:00–12:00 and 13:00–17:00; Good Friday and Easter Monday 2026 off. */
    static BusinessCalendar office() {
        List<Interval> intervals = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            intervals.add(new Interval(day, 9 * 60, 12 * 60));
            intervals.add(new Interval(day, 13 * 60, 17 * 60));
        }
        return new BusinessCalendar(AMSTERDAM, intervals, List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)));
    }

    static Duration between(BusinessCalendar calendar, String from, String to) {
        return calendar.workingTime(Instant.parse(from), Instant.parse(to));
    }

    @Test
    void overAWeekend() {
        // Fri 16:30–17:00 CET, then Mon 09:00–09:15: 45 minutes
        assertThat(between(office(), "2026-03-20T15:30:00Z", "2026-03-23T08:15:00Z")).isEqualTo(Duration.ofMinutes(45));
        // Saturday only: nothing
        assertThat(between(office(), "2026-03-21T09:00:00Z", "2026-03-21T10:00:00Z")).isZero();
    }

    @Test
    void overTheLunchBreak() {
        // Wed 11:30–12:00 and 13:00–13:10
        assertThat(between(office(), "2026-03-25T10:30:00Z", "2026-03-25T12:10:00Z")).isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void overEasterWithItsHolidays() {
        // Thu 2 Apr 16:00–17:00 CEST; Fri 3 Apr and Mon 6 Apr off; Tue 7 Apr 09:00–09:30
        assertThat(between(office(), "2026-04-02T14:00:00Z", "2026-04-07T07:30:00Z")).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void acrossTheSpringForwardNight() {
        var night = new BusinessCalendar(AMSTERDAM, List.of(new Interval(DayOfWeek.SUNDAY, 0, 6 * 60)), List.of());
        // Sun 29 Mar 00:00 CET (Sat 23:00Z) to 06:00 CEST (04:00Z): the night has 5 real hours
        assertThat(between(night, "2026-03-28T22:30:00Z", "2026-03-29T04:30:00Z")).isEqualTo(Duration.ofHours(5));
        // a week earlier, a normal Sunday night: 6 hours
        assertThat(between(night, "2026-03-21T22:30:00Z", "2026-03-22T05:30:00Z")).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void acrossTheFallBackNight() {
        var night = new BusinessCalendar(AMSTERDAM, List.of(new Interval(DayOfWeek.SUNDAY, 0, 6 * 60)), List.of());
        // Sun 25 Oct 2026: 00:00 CEST (Sat 22:00Z) to 06:00 CET (05:00Z) is 7 real hours
        assertThat(between(night, "2026-10-24T20:00:00Z", "2026-10-25T12:00:00Z")).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void intervalsMayEndAtMidnightAndOverlappingOnesCountOnce() {
        var late = new BusinessCalendar(ZoneId.of("UTC"), List.of(new Interval(DayOfWeek.MONDAY, 20 * 60, 24 * 60),
                new Interval(DayOfWeek.MONDAY, 22 * 60, 23 * 60), new Interval(DayOfWeek.TUESDAY, 0, 2 * 60)),
                List.of());
        // Mon 2 Nov 2026 21:00 to Tue 01:00: 3 h on Monday, 1 h on Tuesday
        assertThat(between(late, "2026-11-02T21:00:00Z", "2026-11-03T01:00:00Z")).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void withoutHoursItIsCalendarTimeLessHolidays() {
        assertThat(between(BusinessCalendar.calendarTime(AMSTERDAM), "2026-03-20T15:30:00Z", "2026-03-23T08:15:00Z"))
                .isEqualTo(Duration.ofHours(64).plusMinutes(45));
        var holidayOnly = new BusinessCalendar(AMSTERDAM, List.of(), List.of(LocalDate.of(2026, 3, 21)));
        // Sat 21 Mar (local 00:00 = 20 Mar 23:00Z to 21 Mar 23:00Z) removed: 64h45m − 24h
        assertThat(between(holidayOnly, "2026-03-20T15:30:00Z", "2026-03-23T08:15:00Z"))
                .isEqualTo(Duration.ofHours(40).plusMinutes(45));
    }

    @Test
    void endBeforeStartIsZero() {
        assertThat(between(office(), "2026-03-23T10:00:00Z", "2026-03-23T09:00:00Z")).isZero();
    }
}
