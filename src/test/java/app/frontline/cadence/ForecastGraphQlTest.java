package app.frontline.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.frontline.FixtureStore;
import app.frontline.GeneratedConversations;
import app.frontline.ingest.RecordImporter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Forecast and staffing on a series with a known weekly season: team Alpha has, from Monday
 * 2026-01-05 for 8 weeks, 10, 12, 14, 12, 10, 4, 3 conversations Monday to Sunday (65 a week) and
 * nothing before. A pure weekly pattern is forecast exactly (see {@link HoltWintersTest}): 65 a
 * week, and the backtest's 4 weeks are forecast exactly too (MAPE 0), as by the seasonal-naive
 * baseline; every one-day error is 0, so the 80 % interval is the point (65–65) and nothing is an
 * outlier. Staffing by hand:
 * <ul>
 * <li>store-wide agentCapacity target 6.5, 5 working days: 65 / (6.5 × 5) = 2.0 agents → 2;
 * <li>Alpha's own target 4: 65 / (4 × 5) = 3.25 → 4 agents; with 4 working days 65 / 16 = 4.0625 → 5.
 * <li>headcount: Alpha's active agents Ada, Bob and Cy (Di has left) = 3; the store adds Ed = 4.
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class ForecastGraphQlTest {

    private static final int[] WEEKDAYS = {10, 12, 14, 12, 10, 4, 3};

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    FixtureStore fixtures;

    @Autowired
    RecordImporter importer;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void load() {
        fixtures.replaceWith("cadence-teams.ndjson");
        mongo.remove(new Query(), "benchmarks");
        var data = new GeneratedConversations();
        LocalDate monday = LocalDate.parse("2026-01-05");
        for (int d = 0; d < 8 * 7; d++) {
            data.on(monday.plusDays(d), "t-a", WEEKDAYS[d % 7]);
        }
        data.importInto(importer);
        setCapacity(null, 6.5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWeeklySeasonIsForecastWithItsStaffing() {
        var response = graphQl.documentName("forecast").variable("teamId", "t-a").variable("startWeek", "2026-03-02")
                .execute();
        response.path("forecast.team.id").entity(String.class).isEqualTo("t-a")
                .path("forecast.historyFrom").entity(String.class).isEqualTo("2026-01-05")
                .path("forecast.historyTo").entity(String.class).isEqualTo("2026-03-01")
                .path("forecast.history[*].conversations").entityList(Integer.class)
                .containsExactly(65, 65, 65, 65, 65, 65, 65, 65)
                .path("forecast.headcount").entity(Integer.class).isEqualTo(3)
                .path("forecast.workingDays").entity(Integer.class).isEqualTo(5)
                .path("forecast.agentCapacity").entity(Double.class).isEqualTo(6.5)
                .path("forecast.model.seasonLength").entity(Integer.class).isEqualTo(7);
        List<Map<String, Object>> weeks = response.path("forecast.weeks").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();
        assertThat(weeks).hasSize(6);
        assertThat(weeks.getFirst()).containsEntry("start", "2026-03-02").containsEntry("end", "2026-03-08");
        assertThat(weeks.getLast()).containsEntry("start", "2026-04-06").containsEntry("end", "2026-04-12");
        for (Map<String, Object> week : weeks) {
            assertThat((Double) week.get("conversations")).isCloseTo(65, within(1e-6));
            assertThat((Double) week.get("fte")).isCloseTo(2.0, within(1e-6));
            assertThat(week).containsEntry("agentsNeeded", 2).containsEntry("agentsNeededAtUpper", 2);
            assertThat((Double) week.get("lower")).isCloseTo(65, within(1e-6));
            assertThat((Double) week.get("upper")).isCloseTo(65, within(1e-6));
        }
        response.path("forecast.baseline.backtestMape").entity(Double.class).satisfies(m -> assertThat(m)
                        .isCloseTo(0, within(1e-6)))
                .path("forecast.baseline.method").entity(String.class).satisfies(m -> assertThat(m)
                        .startsWith("Seasonal naive"))
                .path("forecast.backtest[*].baseline").entityList(Double.class).containsExactly(65.0, 65.0, 65.0, 65.0)
                .path("forecast.outliers").entityList(Object.class).hasSize(0)
                .path("forecast.intervalLevel").entity(Integer.class).isEqualTo(80);
        assertThat(response.path("forecast.backtestMape").entity(Double.class).get()).isCloseTo(0, within(1e-6));
        response.path("forecast.backtest[*].start").entityList(String.class)
                .containsExactly("2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23")
                .path("forecast.backtest[*].actual").entityList(Integer.class).containsExactly(65, 65, 65, 65);

        // the team's own capacity benchmark wins over the store's
        setCapacity("t-a", 4);
        var team = graphQl.documentName("forecast").variable("teamId", "t-a").variable("startWeek", "2026-03-02")
                .variable("weeks", 4).execute();
        team.path("forecast.weeks").entityList(Object.class).hasSize(4)
                .path("forecast.weeks[0].fte").entity(Double.class).satisfies(f -> assertThat(f)
                        .isCloseTo(3.25, within(1e-6)))
                .path("forecast.weeks[0].agentsNeeded").entity(Integer.class).isEqualTo(4);
        graphQl.document("{ forecast(teamId: \"t-a\", startWeek: \"2026-03-02\", workingDays: 4) "
                + "{ weeks { fte agentsNeeded } } }").execute()
                .path("forecast.weeks[0].fte").entity(Double.class).satisfies(f -> assertThat(f)
                        .isCloseTo(4.0625, within(1e-6)))
                .path("forecast.weeks[0].agentsNeeded").entity(Integer.class).isEqualTo(5);

        // the store: the same volume, the store's capacity, every active agent
        graphQl.documentName("forecast").variable("startWeek", "2026-03-02").execute()
                .path("forecast.team").valueIsNull()
                .path("forecast.headcount").entity(Integer.class).isEqualTo(4)
                .path("forecast.weeks[0].agentsNeeded").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void withoutACapacityBenchmarkThereIsVolumeButNoStaffing() {
        mongo.remove(new Query(), "benchmarks");
        graphQl.documentName("forecast").variable("teamId", "t-a").variable("startWeek", "2026-03-02").execute()
                .path("forecast.agentCapacity").valueIsNull()
                .path("forecast.weeks[0].fte").valueIsNull()
                .path("forecast.weeks[0].agentsNeeded").valueIsNull();
    }

    @Test
    void badArgumentsAreRefused() {
        graphQl.documentName("forecast").variable("weeks", 3).variable("startWeek", "2026-03-02").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).isEqualTo("weeks: 3 is not between 4 and 8");
                }));
        graphQl.documentName("forecast").variable("startWeek", "2026-03-03").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e ->
                        assertThat(e.getMessage()).isEqualTo("startWeek: 2026-03-03 is not a Monday")));
    }

    private void setCapacity(String teamId, double target) {
        var input = new java.util.HashMap<String, Object>(Map.of("metric", "agentCapacity", "target", target,
                "warn", target / 2, "breach", target / 4));
        if (teamId != null) {
            input.put("teamId", teamId);
        }
        graphQl.documentName("setBenchmark").variable("input", input).execute()
                .path("setBenchmark.__typename").entity(String.class).isEqualTo("BenchmarkSaved");
    }
}
