package app.frontline.cadence;

import app.frontline.BadRequestException;
import app.frontline.agent.Agent;
import app.frontline.agent.AgentRepository;
import app.frontline.metric.KpiService;
import app.frontline.metric.Scope;
import app.frontline.metric.SeriesPoint;
import app.frontline.period.BusinessCalendar;
import app.frontline.period.Granularity;
import app.frontline.period.Period;
import app.frontline.team.TeamCalendars;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The coming weeks' conversations and the agents they need. Daily counts of up to 16 weeks before
 * the forecast's first Monday, with surge days and holidays cleaned out, feed additive Holt-Winters
 * with a weekly season and a damped trend whose parameters are chosen by backtest
 * ({@link VolumeModel}); daily forecasts are summed per ISO week. Why daily with a 7-day season
 * rather than weekly totals: a few months of weekly totals hold no season (weekly volume's season is
 * the year), while the weekday pattern is strong and 7× as many points pin the level and trend down
 * better.
 */
@Service
public class Forecasts {

    static final int HISTORY_WEEKS = 16;
    static final int BACKTEST_WEEKS = 4;
    private static final int DAYS = 7;
    static final String BASELINE_METHOD = "Seasonal naive: every week as the last week before it (each weekday as"
            + " the same weekday a week earlier), on the same cleaned history";

    private final KpiService kpis;
    private final Benchmarks benchmarks;
    private final AgentRepository agents;
    private final TeamCalendars calendars;

    Forecasts(KpiService kpis, Benchmarks benchmarks, AgentRepository agents, TeamCalendars calendars) {
        this.kpis = kpis;
        this.benchmarks = benchmarks;
        this.agents = agents;
        this.calendars = calendars;
    }

    public record Forecast(@Nullable String teamId, @Nullable LocalDate historyFrom, LocalDate historyTo,
            List<WeekVolume> history, List<ForecastWeek> weeks, @Nullable Double backtestMape,
            List<BacktestWeek> backtest, @Nullable Baseline baseline, HoltWinters.@Nullable Fit model,
            List<Outlier> outliers, int intervalLevel, @Nullable Double agentCapacity, int workingDays,
            int headcount) {
    }

    public record WeekVolume(LocalDate start, int conversations) {
    }

    public record ForecastWeek(LocalDate start, LocalDate end, double conversations, double lower, double upper,
            @Nullable Double fte, @Nullable Integer agentsNeeded, @Nullable Integer agentsNeededAtUpper) {
    }

    public record BacktestWeek(LocalDate start, int actual, double forecast, double lower, double upper,
            double baseline) {
    }

    public record Baseline(String method, @Nullable Double backtestMape) {
    }

    /** A day the model learnt from in a corrected form: SURGE, HOLIDAY or UNUSUAL. */
    public record Outlier(LocalDate date, int conversations, double cleaned, String reason) {
    }

    public Forecast forecast(@Nullable String teamId, int weeks, int workingDays, LocalDate startWeek, ZoneId zone) {
        if (weeks < 4 || weeks > 8) {
            throw new BadRequestException("weeks: " + weeks + " is not between 4 and 8");
        }
        if (workingDays < 1 || workingDays > 7) {
            throw new BadRequestException("workingDays: " + workingDays + " is not between 1 and 7");
        }
        if (startWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new BadRequestException("startWeek: " + startWeek + " is not a Monday");
        }
        Scope scope = teamId == null ? Scope.STORE : Scope.team(teamId);
        LocalDate historyTo = startWeek.minusDays(1);
        LocalDate windowFrom = startWeek.minusWeeks(HISTORY_WEEKS);
        // the surge rule looks 28 days back from every day of the history
        Period window = Period.of(windowFrom.minusDays(Surges.WINDOW), historyTo, zone);
        List<SeriesPoint> points = kpis.series(window, Granularity.DAY, Set.of(scope), "conversations").get(scope);
        int[] counts = points.stream().mapToInt(p -> p.value() == null ? 0 : (int) Math.round(p.value())).toArray();
        double[] daily = Arrays.stream(counts, Surges.WINDOW, counts.length).asDoubleStream().toArray();
        // history starts at the first week with a conversation
        int firstWeek = 0;
        while (firstWeek < HISTORY_WEEKS && weekSum(daily, firstWeek) == 0) {
            firstWeek++;
        }
        LocalDate historyFrom = windowFrom.plusWeeks(firstWeek);
        int first = firstWeek * DAYS;
        double[] y = Arrays.copyOfRange(daily, first, daily.length);
        boolean[] surge = new boolean[y.length];
        boolean[] holiday = new boolean[y.length];
        Holidays holidays = new Holidays(calendars.all(), teamId);
        for (int t = 0; t < y.length; t++) {
            LocalDate date = historyFrom.plusDays(t);
            surge[t] = Surges.test(date, counts, Surges.WINDOW + first + t).surge();
            holiday[t] = holidays.on(date);
        }
        int historyWeeks = HISTORY_WEEKS - firstWeek;
        List<WeekVolume> history = new ArrayList<>();
        for (int w = firstWeek; w < HISTORY_WEEKS; w++) {
            history.add(new WeekVolume(windowFrom.plusWeeks(w), (int) Math.round(weekSum(daily, w))));
        }
        Double capacity = benchmarks.effective("agentCapacity", teamId).map(Benchmark::target)
                .filter(c -> c > 0).orElse(null);
        int headcount = (int) (teamId == null ? agents.findAll(Sort.unsorted()) : agents.findByTeamId(teamId,
                Sort.unsorted())).stream().filter(Agent::active).count();
        if (historyWeeks < 2) {
            return new Forecast(teamId, historyWeeks == 0 ? null : historyFrom, historyTo, history, List.of(), null,
                    List.of(), null, null, List.of(), VolumeModel.LEVEL_PERCENT, capacity, workingDays, headcount);
        }
        VolumeModel.Result result = VolumeModel.forecast(y, surge, holiday, weeks);
        List<ForecastWeek> forecast = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            Double fte = capacity == null ? null : result.weeks()[w] / (capacity * workingDays);
            Integer atUpper = capacity == null ? null : whole(result.upper()[w] / (capacity * workingDays));
            forecast.add(new ForecastWeek(startWeek.plusWeeks(w), startWeek.plusWeeks(w).plusDays(6),
                    result.weeks()[w], result.lower()[w], result.upper()[w], fte, fte == null ? null : whole(fte),
                    atUpper));
        }
        List<BacktestWeek> backtest = new ArrayList<>();
        Double mape = null;
        Baseline baseline = null;
        if (historyWeeks >= 2 + BACKTEST_WEEKS) {
            VolumeModel.Backtest test = VolumeModel.backtest(y, surge, holiday, BACKTEST_WEEKS);
            for (int w = 0; w < BACKTEST_WEEKS; w++) {
                backtest.add(new BacktestWeek(historyTo.minusWeeks(BACKTEST_WEEKS - w).plusDays(1),
                        (int) Math.round(test.actual()[w]), test.model().weeks()[w], test.model().lower()[w],
                        test.model().upper()[w], test.baseline()[w]));
            }
            mape = Double.isNaN(test.mape()) ? null : test.mape();
            baseline = new Baseline(BASELINE_METHOD, Double.isNaN(test.baselineMape()) ? null : test.baselineMape());
        }
        List<Outlier> outliers = result.cleaned().outliers().stream().map(o -> new Outlier(historyFrom.plusDays(o.day()),
                (int) Math.round(o.actual()), o.cleaned(), o.reason().name())).toList();
        return new Forecast(teamId, historyFrom, historyTo, history, forecast, mape, backtest, baseline, result.fit(),
                outliers, VolumeModel.LEVEL_PERCENT, capacity, workingDays, headcount);
    }

    /** A team's own holidays; for the store, the dates every team with a calendar has off. */
    private record Holidays(TeamCalendars.Calendars calendars, @Nullable String teamId) {

        boolean on(LocalDate date) {
            if (teamId != null) {
                BusinessCalendar calendar = calendars.byTeam().get(teamId);
                return calendar != null && calendar.isHoliday(date);
            }
            return !calendars.byTeam().isEmpty()
                    && calendars.byTeam().values().stream().allMatch(c -> c.isHoliday(date));
        }
    }

    private static int whole(double agents) {
        return (int) Math.ceil(agents - 1e-9);
    }

    /** Daily forecasts (never below 0) summed per week of 7. */
    static double[] weekly(double[] daily) {
        double[] weeks = new double[daily.length / DAYS];
        for (int i = 0; i < weeks.length * DAYS; i++) {
            weeks[i / DAYS] += Math.max(0, daily[i]);
        }
        return weeks;
    }

    private static double weekSum(double[] daily, int week) {
        double sum = 0;
        for (int i = week * DAYS; i < (week + 1) * DAYS && i < daily.length; i++) {
            sum += daily[i];
        }
        return sum;
    }
}
