package app.frontline.metric;

import app.frontline.FixtureStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * firstResponseTime, resolutionTime and onTimeRate in business time, fixtures/business-hours.ndjson.
 * t-ams works Mon–Fri 09:00–12:00 and 13:00–17:00 (Europe/Amsterdam), SLA 60 min, Good Friday
 * (3 Apr) and Easter Monday (6 Apr 2026) off. Its replies, by hand (CET = UTC+1 until 29 Mar, then CEST):
 * <pre>
 *  c1 Fri 20 Mar 16:30 → Mon 23 Mar 09:15   business 30+15 min = 2700 s   calendar 64h45m = 233100 s
 *     resolved Mon 14:00                     business 30 min + 3 h + 1 h = 16200 s
 *  c2 Thu 2 Apr 16:00 → Tue 7 Apr 09:30      business 60+30 min = 5400 s   calendar 113h30m = 408600 s
 *  c3 Wed 25 Mar 11:30 → 13:10               business 30+10 min = 2400 s   calendar 6000 s
 *     resolved 16:30                          business 30 min + 3h30 = 14400 s
 *  c4 Sat 21 Mar 10:00 → 11:00               business 0 s                  calendar 3600 s
 *  c5 never replied
 * </pre>
 * Business: sorted 0, 2400, 2700, 5400: mean 2625, median (rank 2) 2400, p90 (rank 4) 5400; on time
 * c1, c3, c4 = 75 %. Calendar: mean 651300 / 4 = 162825; on time only c4 (exactly 60 min) = 25 %.
 * Resolution in business time: 14400, 16200: mean 15300, median 14400, p90 16200.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class BusinessHoursGraphQlTest {

    static final Map<String, String> SPRING = Map.of("from", "2026-03-16", "to", "2026-04-12",
            "timeZone", "Europe/Amsterdam");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    FixtureStore fixtures;

    @BeforeEach
    void load() {
        fixtures.replaceWith("business-hours.ndjson");
    }

    @Test
    void overAWeekendAndEasterHolidays() {
        graphQl.documentName("businessHours").variable("teamId", "t-ams").variable("period", SPRING).execute()
                .path("team.workingHours[0]").entity(Map.class)
                .isEqualTo(Map.of("day", "MONDAY", "from", "09:00", "to", "12:00"))
                .path("team.holidays").entityList(String.class).containsExactly("2026-04-03", "2026-04-06")
                .path("team.kpis.conversations").entity(Integer.class).isEqualTo(5)
                .path("team.kpis.business.mean").entity(Double.class).isEqualTo(2625.0)
                .path("team.kpis.business.median").entity(Double.class).isEqualTo(2400.0)
                .path("team.kpis.business.p90").entity(Double.class).isEqualTo(5400.0)
                .path("team.kpis.business.count").entity(Integer.class).isEqualTo(4)
                .path("team.kpis.calendar.mean").entity(Double.class).isEqualTo(162825.0)
                .path("team.kpis.businessResolution.mean").entity(Double.class).isEqualTo(15300.0)
                .path("team.kpis.businessResolution.median").entity(Double.class).isEqualTo(14400.0)
                .path("team.kpis.businessResolution.p90").entity(Double.class).isEqualTo(16200.0)
                .path("team.kpis.calendarResolution.count").entity(Integer.class).isEqualTo(2)
                .path("team.kpis.businessOnTime").entity(Double.class).isEqualTo(75.0)
                .path("team.kpis.calendarOnTime").entity(Double.class).isEqualTo(25.0);
    }

    @Test
    void acrossTheSpringForwardNight() {
        // t-night works Sundays 00:00–06:00, SLA 300 min. n1 Sat 28 Mar 23:30 CET → Sun 06:30 CEST:
        // calendar 6 h = 21600 s; business 00:00 CET to 06:00 CEST = 5 h = 18000 s, exactly the SLA: on time
        graphQl.documentName("businessHours").variable("teamId", "t-night")
                .variable("period", Map.of("from", "2026-03-28", "to", "2026-03-29", "timeZone", "Europe/Amsterdam"))
                .execute()
                .path("team.kpis.business.mean").entity(Double.class).isEqualTo(18000.0)
                .path("team.kpis.calendar.mean").entity(Double.class).isEqualTo(21600.0)
                .path("team.kpis.businessOnTime").entity(Double.class).isEqualTo(100.0)
                .path("team.kpis.calendarOnTime").entity(Double.class).isEqualTo(0.0);
    }

    @Test
    void aTeamWithoutWorkingHoursGetsCalendarTime() {
        // p1: replied after 20 min (1200 s), resolved after 2 h (7200 s), on time either way
        graphQl.documentName("businessHours").variable("teamId", "t-plain").variable("period", SPRING).execute()
                .path("team.workingHours").entityList(Object.class).hasSize(0)
                .path("team.kpis.business.mean").entity(Double.class).isEqualTo(1200.0)
                .path("team.kpis.calendar.mean").entity(Double.class).isEqualTo(1200.0)
                .path("team.kpis.businessResolution.mean").entity(Double.class).isEqualTo(7200.0)
                .path("team.kpis.businessOnTime").entity(Double.class).isEqualTo(100.0);
    }

    @Test
    void anAgentScopeAndTheStore() {
        // a-ams has c1, c2, c3: 2700, 5400, 2400 → mean 3500; the store adds c4 (0), n1 (18000, each
        // conversation on its own team's calendar) and p1 (1200): 29700 / 6 = 4950
        graphQl.document("""
                query($period: PeriodInput!) {
                  agent(id: "a-ams") { kpis(period: $period) { firstResponseTime(businessHours: true) { mean } } }
                  kpis(period: $period) { firstResponseTime(businessHours: true) { mean count } }
                }""").variable("period", SPRING).execute()
                .path("agent.kpis.firstResponseTime.mean").entity(Double.class).isEqualTo(3500.0)
                .path("kpis.firstResponseTime.count").entity(Integer.class).isEqualTo(6)
                .path("kpis.firstResponseTime.mean").entity(Double.class).isEqualTo(4950.0);
    }

    @Test
    void workingHoursLoadThroughTheMutationToo() {
        graphQl.document("""
                mutation {
                  importRecords(input: { teams: [{ id: "t-gql", name: "GraphQL team", timeZone: "UTC",
                      workingHours: [{ day: SATURDAY, from: "10:00", to: "24:00" }], holidays: ["2026-12-26"] }] }) {
                    ... on ImportResult { accepted }
                  }
                }""").execute().path("importRecords.accepted").entity(Integer.class).isEqualTo(1);
        graphQl.document("{ team(id: \"t-gql\") { workingHours { day from to } holidays } }").execute()
                .path("team.workingHours").entityList(Map.class)
                .containsExactly(Map.of("day", "SATURDAY", "from", "10:00", "to", "24:00"))
                .path("team.holidays").entityList(String.class).isEqualTo(List.of("2026-12-26"));
    }
}
