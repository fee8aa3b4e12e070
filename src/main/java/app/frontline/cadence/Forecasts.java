package app.frontline.cadence;

import app.frontline.BadRequestException;
import app.frontline.agent.Agent;
import app.frontline.agent.AgentRepository;
import app.frontline.metric.KpiService;
import app.frontline.metric.Scope;
import app.frontline.metric.SeriesPoint;
import app.frontline.period.Granularity;
import app.frontline.period.Period;
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
 * the forecast's first Monday feed additive Holt-Winters with a weekly season ({@link HoltWinters});
 * daily forecasts are summed per ISO week. Why daily with a 7-day season rather than weekly totals:
 * a few months of weekly totals hold no season (weekly volume's season is the year), while the
 * weekday pattern is strong and 7× as many points pin the level and trend down better.
 */
@Service
public class Forecasts {

    static final int HISTORY_WEEKS = 16;
    static final int BACKTEST_WEEKS = 4;
    private static final int DAYS = 7;

    private final KpiService kpis;
    private final Benchmarks benchmarks;
    private final AgentRepository agents;

    Forecasts(KpiService kpis, Benchmarks benchmarks, AgentRepository agents) {
        this.kpis = kpis;
        this.benchmarks = benchmarks;
        this.agents = agents;
    }

    public record Forecast(@Nullable String teamId, @Nullable LocalDate historyFrom, LocalDate historyTo,
            List<WeekVolume> history, List<ForecastWeek> weeks, @Nullable Double backtestMape,
            List<BacktestWeek> backtest, HoltWinters.@Nullable Fit model, @Nullable Double agentCapacity,
            int workingDays, int headcount) {
    }

    public record WeekVolume(LocalDate start, int conversations) {
    }

    public record ForecastWeek(LocalDate start, LocalDate end, double conversations, @Nullable Double fte,
            @Nullable Integer agentsNeeded) {
    }

    public record BacktestWeek(LocalDate start, int actual, double forecast) {
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
        Period window = Period.of(startWeek.minusWeeks(HISTORY_WEEKS), historyTo, zone);
        List<SeriesPoint> points = kpis.series(window, Granularity.DAY, Set.of(scope), "conversations").get(scope);
        double[] daily = points.stream().mapToDouble(p -> p.value() == null ? 0 : p.value()).toArray();
        // history starts at the first week with a conversation
        int firstWeek = 0;
        while (firstWeek < HISTORY_WEEKS && weekSum(daily, firstWeek) == 0) {
            firstWeek++;
        }
        double[] y = Arrays.copyOfRange(daily, firstWeek * DAYS, daily.length);
        int historyWeeks = HISTORY_WEEKS - firstWeek;
        List<WeekVolume> history = new ArrayList<>();
        for (int w = firstWeek; w < HISTORY_WEEKS; w++) {
            history.add(new WeekVolume(window.from().plusWeeks(w), (int) Math.round(weekSum(daily, w))));
        }
        Double capacity = benchmarks.effective("agentCapacity", teamId).map(Benchmark::target)
                .filter(c -> c > 0).orElse(null);
        int headcount = (int) (teamId == null ? agents.findAll(Sort.unsorted()) : agents.findByTeamId(teamId,
                Sort.unsorted())).stream().filter(Agent::active).count();
        LocalDate historyFrom = historyWeeks == 0 ? null : window.from().plusWeeks(firstWeek);
        if (historyWeeks < 2) {
            return new Forecast(teamId, historyFrom, historyTo, history, List.of(), null, List.of(), null, capacity,
                    workingDays, headcount);
        }
        HoltWinters.Fit fit = HoltWinters.fit(y, DAYS);
        double[] ahead = weekly(fit.forecast(weeks * DAYS));
        List<ForecastWeek> forecast = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            Double fte = capacity == null ? null : ahead[w] / (capacity * workingDays);
            forecast.add(new ForecastWeek(startWeek.plusWeeks(w), startWeek.plusWeeks(w).plusDays(6), ahead[w], fte,
                    fte == null ? null : (int) Math.ceil(fte - 1e-9)));
        }
        List<BacktestWeek> backtest = new ArrayList<>();
        Double mape = null;
        if (historyWeeks >= 2 + BACKTEST_WEEKS) {
            int split = y.length - BACKTEST_WEEKS * DAYS;
            double[] predicted = weekly(HoltWinters.fit(Arrays.copyOf(y, split), DAYS)
                    .forecast(BACKTEST_WEEKS * DAYS));
            double errors = 0;
            int counted = 0;
            for (int w = 0; w < BACKTEST_WEEKS; w++) {
                int actual = (int) Math.round(weekSum(y, split / DAYS + w));
                backtest.add(new BacktestWeek(historyTo.minusWeeks(BACKTEST_WEEKS - w).plusDays(1), actual,
                        predicted[w]));
                if (actual > 0) {
                    errors += Math.abs(actual - predicted[w]) / actual;
                    counted++;
                }
            }
            mape = counted == 0 ? null : 100 * errors / counted;
        }
        return new Forecast(teamId, historyFrom, historyTo, history, forecast, mape, backtest, fit, capacity,
                workingDays, headcount);
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
