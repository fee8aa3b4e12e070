package app.frontline.cadence;

import app.frontline.period.Period;
import app.frontline.period.PeriodInput;
import app.frontline.period.Periods;
import app.frontline.team.Team;
import app.frontline.team.TeamRepository;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The surges and forecast queries. */
@Controller
class CadenceController {

    private final Periods periods;
    private final Surges surges;
    private final Forecasts forecasts;
    private final TeamRepository teams;

    CadenceController(Periods periods, Surges surges, Forecasts forecasts, TeamRepository teams) {
        this.periods = periods;
        this.surges = surges;
        this.forecasts = forecasts;
        this.teams = teams;
    }

    record SurgeReport(Period period, List<Surges.Day> days) {
        public List<Surges.Day> surgeDays() {
            return days.stream().filter(Surges.Day::surge).toList();
        }
    }

    @QueryMapping
    SurgeReport surges(@Argument PeriodInput period, @Argument @Nullable String teamId) {
        Period resolved = periods.resolve(period);
        return new SurgeReport(resolved, surges.days(resolved, teamId));
    }

    @QueryMapping
    Forecasts.Forecast forecast(@Argument @Nullable String teamId, @Argument int weeks, @Argument int workingDays,
            @Argument @Nullable LocalDate startWeek, @Argument @Nullable String timeZone) {
        ZoneId zone = periods.zone(timeZone);
        LocalDate monday = startWeek != null ? startWeek
                : periods.today(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return forecasts.forecast(teamId, weeks, workingDays, monday, zone);
    }

    @SchemaMapping(typeName = "Forecast")
    @Nullable Team team(Forecasts.Forecast forecast) {
        return forecast.teamId() == null ? null : teams.findById(forecast.teamId()).orElse(null);
    }

    @SchemaMapping(typeName = "ForecastModel")
    String method(HoltWinters.Fit fit) {
        return "Holt-Winters, additive, 7-day season, damped trend; surges and holidays cleaned out,"
                + " parameters chosen by backtest";
    }
}
