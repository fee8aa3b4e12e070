package app.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Impossible dates in NDJSON are rejected with the field named, never moved to a nearby day: 2019
 * and 2026 are not leap years, February has no 30th; 2024-02-29 exists.
 */
class StrictDatesIngestTest extends IngestTestSupport {

    @Test
    void anImpossibleDateIsAnErrorNamingTheField() {
        ImportSummary summary = importLines(
                """
                {"type":"team","id":"t-1","name":"One","holidays":["2024-02-29","2019-02-30"]}""",
                """
                {"type":"conversation","id":"c-1","createdAt":"2019-02-30T10:00:00Z"}""",
                """
                {"type":"conversation","id":"c-2","createdAt":"2026-02-29T10:00:00+01:00"}""",
                """
                {"type":"conversation","id":"c-3","createdAt":"2024-02-29T10:00:00Z","firstReplyAt":"2024-02-29T24:30:00Z"}""",
                """
                {"type":"conversation","id":"c-4","createdAt":"2024-02-29T10:00:00Z"}""");

        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.rejections()).extracting(r -> r.id() + " " + r.field() + ": " + r.reason()).containsExactly(
                "t-1 holidays[1]: must be a date such as 2026-12-25 (got '2019-02-30')",
                "c-1 createdAt: must be an ISO-8601 instant with an offset or Z, e.g. 2026-11-02T09:00:00Z "
                        + "(got '2019-02-30T10:00:00Z': Invalid date 'FEBRUARY 30')",
                "c-2 createdAt: must be an ISO-8601 instant with an offset or Z, e.g. 2026-11-02T09:00:00Z "
                        + "(got '2026-02-29T10:00:00+01:00': Invalid date 'February 29' as '2026' is not a leap year)",
                "c-3 firstReplyAt: must be an ISO-8601 instant with an offset or Z, e.g. 2026-11-02T09:00:00Z "
                        + "(got '2024-02-29T24:30:00Z': Invalid value for HourOfDay (valid values 0 - 23): 24)");
        assertThat(ids("conversations")).containsExactly("c-4");
        assertThat(ids("teams")).isEmpty();
    }
}
