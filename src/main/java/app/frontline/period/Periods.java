package app.frontline.period;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Resolves what a client asks for into a {@link Period}, against the clock and the store's zone. */
@Service
public class Periods {

    /** Longest period a request may cover, so no query scans a store's whole history by accident. */
    public static final int MAX_DAYS = 3 * 366;

    private final Clock clock;
    private final ZoneId storeZone;

    Periods(Clock clock, PeriodProperties properties) {
        this.clock = clock;
        this.storeZone = properties.timeZone();
    }

    public ZoneId storeZone() {
        return storeZone;
    }

    public ZoneId zone(@Nullable String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return storeZone;
        }
        try {
            return ZoneId.of(timeZone.trim());
        } catch (DateTimeException e) {
            throw new InvalidPeriodException("timeZone: '" + timeZone + "' is not an IANA time zone such as "
                    + "Europe/Amsterdam");
        }
    }

    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    public Period resolve(PeriodInput input) {
        ZoneId zone = zone(input.timeZone());
        Period period;
        if (input.preset() != null) {
            if (input.from() != null || input.to() != null) {
                throw new InvalidPeriodException("period: give either a preset or from and to, not both");
            }
            period = input.preset().resolve(today(zone), zone);
        } else {
            if (input.from() == null || input.to() == null) {
                throw new InvalidPeriodException("period: give a preset, or both from and to (inclusive dates)");
            }
            if (input.to().isBefore(input.from())) {
                throw new InvalidPeriodException("period: to (" + input.to() + ") is before from (" + input.from()
                        + ")");
            }
            period = Period.of(input.from(), input.to(), zone);
        }
        if (period.days() > MAX_DAYS) {
            throw new InvalidPeriodException("period: " + period.days() + " days is longer than the " + MAX_DAYS
                    + " days a request may cover");
        }
        return period;
    }
}
