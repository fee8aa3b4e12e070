package app.frontline.metric;

import app.frontline.period.Period;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One point of a series: the bucket's natural start (a day, a Monday, the 1st), the part of the
 * requested period it covers, and the metric's headline value there (null where undefined).
 */
public record SeriesPoint(LocalDate start, Period span, @Nullable Double value) {

    public LocalDate from() {
        return span.from();
    }

    public LocalDate to() {
        return span.to();
    }
}
