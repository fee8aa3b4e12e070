package app.frontline.period;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A period as a client asks for it: a preset, or {@code from}..{@code to} (inclusive dates), in
 * {@code timeZone} (an IANA name; the store's zone when absent).
 */
public record PeriodInput(@Nullable PeriodPreset preset, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable String timeZone) {

    public static PeriodInput of(PeriodPreset preset) {
        return new PeriodInput(preset, null, null, null);
    }

    public static PeriodInput of(LocalDate from, LocalDate to, @Nullable String timeZone) {
        return new PeriodInput(null, from, to, timeZone);
    }
}
