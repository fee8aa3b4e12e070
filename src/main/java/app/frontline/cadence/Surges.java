package app.frontline.cadence;

import app.frontline.metric.KpiService;
import app.frontline.metric.Scope;
import app.frontline.metric.SeriesPoint;
import app.frontline.period.Granularity;
import app.frontline.period.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Volume surges (shared/metrics.md section 5): a day is a surge when its conversation count exceeds
 * the mean of the 28 days before it by more than 2 population standard deviations, given at least
 * 14 days of history. A day's history starts at the first of its 28 days with a conversation: the
 * empty days before a store or team had any conversation are not history, and counting them as 0
 * would make every first busy week look like a surge.
 */
@Service
public class Surges {

    static final int WINDOW = 28;
    static final int MIN_HISTORY = 14;

    private final KpiService kpis;

    Surges(KpiService kpis) {
        this.kpis = kpis;
    }

    /** One day's count and its test; mean, sd and threshold are null without enough history. */
    public record Day(LocalDate date, int count, int historyDays, @Nullable Double mean, @Nullable Double sd,
            @Nullable Double threshold, boolean surge) {
    }

    /** Every day of the period with its test, store-wide or for one team's conversations. */
    public List<Day> days(Period period, @Nullable String teamId) {
        Scope scope = teamId == null ? Scope.STORE : Scope.team(teamId);
        Period window = Period.of(period.from().minusDays(WINDOW), period.to(), period.zone());
        List<SeriesPoint> points = kpis.series(window, Granularity.DAY, Set.of(scope), "conversations").get(scope);
        int[] counts = points.stream().mapToInt(p -> p.value() == null ? 0 : (int) Math.round(p.value())).toArray();
        List<Day> days = new ArrayList<>();
        for (int i = WINDOW; i < counts.length; i++) {
            days.add(test(points.get(i).start(), counts, i));
        }
        return days;
    }

    /** The test of day i of counts, on the days before it (at most 28, from the first non-empty one). */
    static Day test(LocalDate date, int[] counts, int i) {
        int first = Math.max(0, i - WINDOW);
        while (first < i && counts[first] == 0) {
            first++;
        }
        int n = i - first;
        if (n < MIN_HISTORY) {
            return new Day(date, counts[i], n, null, null, null, false);
        }
        double sum = 0;
        for (int j = first; j < i; j++) {
            sum += counts[j];
        }
        double mean = sum / n;
        double squares = 0;
        for (int j = first; j < i; j++) {
            squares += (counts[j] - mean) * (counts[j] - mean);
        }
        double sd = Math.sqrt(squares / n);
        return new Day(date, counts[i], n, mean, sd, mean + 2 * sd, counts[i] - mean > 2 * sd);
    }
}
