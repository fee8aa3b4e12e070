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
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Surges on made-up counts. Team Alpha's first conversations are on D1 = 2026-01-01; D1..D28 have
 * 2, 4, 2, 4, ... (14 of each), D29 has 6, D30 has 5. Team Beta has only 10 conversations on D30.
 * By hand:
 * <ul>
 * <li>D14: history D1..D13 = 13 days (nothing before D1): no verdict. D15: history D1..D14, 7 × 2 and
 * 7 × 4: mean 3, sd 1, threshold 5; count 2: no surge.
 * <li>D29: history D1..D28: mean 3, sd √((14·1 + 14·1) / 28) = 1, threshold 5; 6 − 3 = 3 > 2: surge.
 * <li>D30: history D2..D29: 14 × 4, 13 × 2 and one 6: sum 88, mean 88/28 = 22/7; squares
 * 14·16 + 13·4 + 36 = 312, variance 312/28 − (22/7)² = 62/49, sd √62/7 ≈ 1.1249, threshold
 * (22 + 2√62)/7 ≈ 5.3926; count 5: no surge.
 * <li>The store on D30: 15 against the same history (Beta had none before): a surge.
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class SurgeGraphQlTest {

    private static final LocalDate D1 = LocalDate.parse("2026-01-01");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    FixtureStore fixtures;

    @Autowired
    RecordImporter importer;

    @BeforeEach
    void load() {
        fixtures.replaceWith("cadence-teams.ndjson");
        var data = new GeneratedConversations();
        for (int d = 1; d <= 28; d++) {
            data.on(day(d), "t-a", d % 2 == 1 ? 2 : 4);
        }
        data.on(day(29), "t-a", 6).on(day(30), "t-a", 5).on(day(30), "t-b", 10).importInto(importer);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSurgeDayAndANonSurgeDay() {
        var response = graphQl.documentName("surges").variable("teamId", "t-a")
                .variable("period", Map.of("from", "2026-01-29", "to", "2026-01-30", "timeZone", "UTC")).execute();
        List<Map<String, Object>> days = response.path("surges.days").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();
        assertThat(days).hasSize(2);
        assertThat(days.get(0)).containsEntry("date", "2026-01-29").containsEntry("count", 6)
                .containsEntry("historyDays", 28).containsEntry("mean", 3.0).containsEntry("sd", 1.0)
                .containsEntry("threshold", 5.0).containsEntry("surge", true);
        Map<String, Object> d30 = days.get(1);
        assertThat(d30).containsEntry("date", "2026-01-30").containsEntry("count", 5)
                .containsEntry("historyDays", 28).containsEntry("surge", false);
        assertThat((Double) d30.get("mean")).isCloseTo(22.0 / 7, within(1e-9));
        assertThat((Double) d30.get("sd")).isCloseTo(Math.sqrt(62) / 7, within(1e-9));
        assertThat((Double) d30.get("threshold")).isCloseTo((22 + 2 * Math.sqrt(62)) / 7, within(1e-9));
        response.path("surges.surgeDays[*].date").entityList(String.class).containsExactly("2026-01-29");

        // the store: Beta's 10 make D30 a surge too
        graphQl.documentName("surges")
                .variable("period", Map.of("from", "2026-01-29", "to", "2026-01-30", "timeZone", "UTC")).execute()
                .path("surges.surgeDays[*].date").entityList(String.class).containsExactly("2026-01-29", "2026-01-30")
                .path("surges.surgeDays[1].count").entity(Integer.class).isEqualTo(15);
    }

    @Test
    @SuppressWarnings("unchecked")
    void fourteenDaysOfHistoryAreNeeded() {
        var days = graphQl.documentName("surges").variable("teamId", "t-a")
                .variable("period", Map.of("from", "2026-01-14", "to", "2026-01-15", "timeZone", "UTC")).execute()
                .path("surges.days").entityList(Map.class).get();
        Map<String, Object> d14 = days.get(0);
        assertThat(d14).containsEntry("date", "2026-01-14").containsEntry("historyDays", 13)
                .containsEntry("surge", false);
        assertThat(d14.get("mean")).isNull();
        assertThat(d14.get("sd")).isNull();
        assertThat((Map<String, Object>) days.get(1)).containsEntry("date", "2026-01-15").containsEntry("count", 2)
                .containsEntry("historyDays", 14).containsEntry("mean", 3.0).containsEntry("sd", 1.0)
                .containsEntry("surge", false);
    }

    private static LocalDate day(int d) {
        return D1.plusDays(d - 1);
    }
}
