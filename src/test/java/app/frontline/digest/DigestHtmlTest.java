package app.frontline.digest;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.metric.MetricCatalogue;
import app.frontline.period.Period;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The digest's numbers read as the dashboard's: 24,060 s of first response is "6 h 41 min" (not
 * "401.0 min"), NPS has one decimal, and without any benchmark status there is no Status column.
 */
class DigestHtmlTest {

    private static final Period WEEK = Period.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8), ZoneOffset.UTC);

    @Test
    void numbersAsOnTheDashboardAndNoStatusColumnWithoutBenchmarks() {
        Digest digest = digest(List.of(
                new Digest.Row(MetricCatalogue.get("firstResponseTime"), 24_060.0, 24_000.0, "NONE"),
                new Digest.Row(MetricCatalogue.get("nps"), 41.6667, 40.0, "NONE"),
                new Digest.Row(MetricCatalogue.get("resolutionTime"), 277_200.0, 45.0, "NONE")), true);
        String html = DigestHtml.render(digest);
        // 24,060 s = 6 h 41 min; the change 60 s = 1 min
        assertThat(WeeklyDigestMailTest.row(html, "firstResponseTime"))
                .isEqualTo("First response time|6 h 41 min|6 h 40 min|+1 min");
        assertThat(WeeklyDigestMailTest.row(html, "nps")).isEqualTo("NPS|41.7|40.0|+1.7");
        // 277,200 s = 3 d 5 h; 45 s; the change 277,155 s = 3 d 4 h (59 min 15 s dropped)
        assertThat(WeeklyDigestMailTest.row(html, "resolutionTime")).isEqualTo("Resolution time|3 d 5 h|45 s|+3 d 4 h");
        assertThat(html).doesNotContain("<th>Status</th>").doesNotContain("NONE");
    }

    @Test
    void aStatusColumnOnlyWhenSomeRowHasOne() {
        Digest digest = digest(List.of(
                new Digest.Row(MetricCatalogue.get("csat"), 66.7, 100.0, "BREACH"),
                new Digest.Row(MetricCatalogue.get("conversations"), 4.0, 2.0, "NONE")), true);
        String html = DigestHtml.render(digest);
        assertThat(html).contains("<th>Status</th>");
        assertThat(WeeklyDigestMailTest.row(html, "csat")).isEqualTo("CSAT|66.7 %|100.0 %|−33.3 pp|Breach");
        assertThat(WeeklyDigestMailTest.row(html, "conversations")).isEqualTo("Conversations|4|2|+2|");
    }

    private static Digest digest(List<Digest.Row> rows, boolean withStatus) {
        return new Digest(null, "whole store", WEEK, rows, MetricCatalogue.get("csat"), List.of(), List.of(),
                withStatus, false);
    }
}
