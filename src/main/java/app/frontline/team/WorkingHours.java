package app.frontline.team;

import app.frontline.period.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bson.Document;

/**
 * A team's working hours as loaded (the optional {@code workingHours} and {@code holidays} of a
 * team record): local times per weekday and whole local dates off, in the team's zone.
 *
 * @param weekly the working intervals, as given (several a day allowed); empty: around the clock
 * @param holidays dates on which nobody works
 */
public record WorkingHours(List<Slot> weekly, List<LocalDate> holidays) {

    public static final WorkingHours NONE = new WorkingHours(List.of(), List.of());

    /** One interval of a weekday, {@code from} and {@code to} as "HH:mm" ("24:00" is the day's end). */
    public record Slot(DayOfWeek day, String from, String to) {
    }

    /** Whether the team declared neither working hours nor holidays: business time is calendar time. */
    public boolean isEmpty() {
        return weekly.isEmpty() && holidays.isEmpty();
    }

    public BusinessCalendar calendar(ZoneId zone) {
        return new BusinessCalendar(zone,
                weekly.stream().map(s -> new BusinessCalendar.Interval(s.day(), minutes(s.from()), minutes(s.to())))
                        .toList(),
                holidays);
    }

    /** "09:30" → 570; the stored values were checked on import. */
    public static int minutes(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3, 5));
    }

    /** Read from a stored team document ({@code workingHours: [{day, from, to}]}, {@code holidays: ["2026-12-25"]}). */
    static WorkingHours of(Document team) {
        List<Slot> slots = new ArrayList<>();
        if (team.get("workingHours") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Document d && d.getString("day") != null && d.getString("from") != null
                        && d.getString("to") != null) {
                    slots.add(new Slot(DayOfWeek.valueOf(d.getString("day").toUpperCase(Locale.ROOT)),
                            d.getString("from"), d.getString("to")));
                }
            }
        }
        List<LocalDate> holidays = new ArrayList<>();
        if (team.get("holidays") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s) {
                    holidays.add(LocalDate.parse(s));
                }
            }
        }
        return slots.isEmpty() && holidays.isEmpty() ? NONE : new WorkingHours(List.copyOf(slots), List.copyOf(holidays));
    }
}
