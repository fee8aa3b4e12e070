package app.frontline.metric;

import app.frontline.FixtureStore;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Local days and weeks in the requested zone, across the 2026 DST changes (Europe/Amsterdam on
 * 29 March, America/New_York on 8 March) and in a half-hour zone (Asia/Kolkata, UTC+05:30).
 * Conversations of fixtures/timezones.ndjson, with their local times worked out by hand:
 * <pre>
 *  z0 27 Mar 22:59Z = 27 Mar 23:59 CET      z1 27 Mar 23:30Z = 28 Mar 00:30 CET
 *  z7 28 Mar 23:00Z = 29 Mar 00:00 CET      z2 28 Mar 23:30Z = 29 Mar 00:30 CET
 *  z3 29 Mar 21:59Z = 29 Mar 23:59 CEST     z4 29 Mar 22:00Z = 30 Mar 00:00 CEST (29 Mar has 23 h)
 *  z5 30 Mar 21:30Z = 30 Mar 23:30 CEST     z6 30 Mar 22:30Z = 31 Mar 00:30 CEST
 *  n1  8 Mar 04:30Z =  7 Mar 23:30 EST      n2  8 Mar 05:30Z =  8 Mar 00:30 EST
 *  n3  9 Mar 03:30Z =  8 Mar 23:30 EDT      n4  9 Mar 04:30Z =  9 Mar 00:30 EDT
 *  k4  9 Mar 18:29Z =  9 Mar 23:59 IST      k3  9 Mar 18:30Z = 10 Mar 00:00 IST
 *  k1 10 Mar 18:29Z = 10 Mar 23:59 IST      k2 10 Mar 18:30Z = 11 Mar 00:00 IST
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class TimeZoneKpiTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    FixtureStore fixtures;

    @BeforeEach
    void load() {
        fixtures.replaceWith("timezones.ndjson");
    }

    @Test
    void amsterdamDaysAcrossTheSpringForwardNight() {
        graphQl.documentName("conversationsSeries")
                .variable("period", Map.of("from", "2026-03-28", "to", "2026-03-30", "timeZone", "Europe/Amsterdam"))
                .variable("granularity", "DAY").execute()
                .path("series.points[*].start").entityList(String.class)
                .containsExactly("2026-03-28", "2026-03-29", "2026-03-30")
                // 28th: z1; 29th: z7 (at local midnight), z2, z3; 30th: z4 (at local midnight), z5
                .path("series.points[*].value").entityList(Double.class).containsExactly(1.0, 3.0, 2.0)
                .path("series.period.start").entity(String.class).isEqualTo("2026-03-28T00:00:00.000+01:00")
                .path("series.period.end").entity(String.class).isEqualTo("2026-03-31T00:00:00.000+02:00");
    }

    @Test
    void theSameInstantsInUtc() {
        graphQl.documentName("conversationsSeries")
                .variable("period", Map.of("from", "2026-03-28", "to", "2026-03-30", "timeZone", "UTC"))
                .variable("granularity", "DAY").execute()
                // 28th: z7, z2; 29th: z3, z4; 30th: z5, z6
                .path("series.points[*].value").entityList(Double.class).containsExactly(2.0, 2.0, 2.0);
    }

    @Test
    void theTwentyThreeHourDayIsOnePeriodDay() {
        graphQl.documentName("periodBounds")
                .variable("period", Map.of("from", "2026-03-29", "to", "2026-03-29", "timeZone", "Europe/Amsterdam"))
                .execute()
                .path("kpis.conversations").entity(Integer.class).isEqualTo(3)
                .path("kpis.period.start").entity(String.class).isEqualTo("2026-03-29T00:00:00.000+01:00")
                .path("kpis.period.end").entity(String.class).isEqualTo("2026-03-30T00:00:00.000+02:00")
                .path("kpis.period.days").entity(Integer.class).isEqualTo(1)
                .path("kpis.period.previous.from").entity(String.class).isEqualTo("2026-03-28");
    }

    @Test
    void isoWeeksStartOnMondayInTheRequestedZone() {
        // z4..z6 fall on Monday 30 March or later in Amsterdam, z0..z3 and z7 in the week before
        graphQl.documentName("conversationsSeries")
                .variable("period", Map.of("from", "2026-03-23", "to", "2026-04-05", "timeZone", "Europe/Amsterdam"))
                .variable("granularity", "WEEK").execute()
                .path("series.points[*].start").entityList(String.class).containsExactly("2026-03-23", "2026-03-30")
                .path("series.points[*].value").entityList(Double.class).containsExactly(5.0, 3.0);
        // in UTC, z4 (Sunday 22:00Z) still belongs to the first week
        graphQl.documentName("conversationsSeries")
                .variable("period", Map.of("from", "2026-03-23", "to", "2026-04-05", "timeZone", "UTC"))
                .variable("granularity", "WEEK").execute()
                .path("series.points[*].value").entityList(Double.class).containsExactly(6.0, 2.0);
    }

    @Test
    void newYorkDaysAcrossTheSpringForwardNight() {
        graphQl.documentName("conversationsSeries")
                .variable("period", Map.of("from", "2026-03-07", "to", "2026-03-08", "timeZone", "America/New_York"))
                .variable("granularity", "DAY").execute()
                // 7th: n1; 8th: n2, n3 (n4 is the 9th)
                .path("series.points[*].value").entityList(Double.class).containsExactly(1.0, 2.0)
                .path("series.period.start").entity(String.class).isEqualTo("2026-03-07T00:00:00.000-05:00")
                .path("series.period.end").entity(String.class).isEqualTo("2026-03-09T00:00:00.000-04:00");
    }

    @Test
    void kolkataHalfHourOffset() {
        graphQl.documentName("conversationsSeries")
                .variable("period", Map.of("from", "2026-03-10", "to", "2026-03-11", "timeZone", "Asia/Kolkata"))
                .variable("granularity", "DAY").execute()
                // 10th: k3 (local midnight), k1; 11th: k2 (local midnight); k4 is the 9th
                .path("series.points[*].value").entityList(Double.class).containsExactly(2.0, 1.0)
                .path("series.period.start").entity(String.class).isEqualTo("2026-03-10T00:00:00.000+05:30");
    }
}
