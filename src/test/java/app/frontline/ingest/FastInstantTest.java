package app.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path never disagrees with ISO_OFFSET_DATE_TIME: same instant, or it steps aside. */
class FastInstantTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-02T09:04:30Z", "2026-11-02T09:04:30.5Z", "2026-11-02T09:04:30.123456789Z",
            "2026-11-02T09:04:30+01:00", "2026-11-02T09:04:30.120-05:30", "2024-02-29T23:59:59+14:00",
            "2026-11-02T09:04:30-00:00", "0001-01-01T00:00:00Z", "2026-11-02T09:04Z", "2026-11-02t09:04:30z",
            "2026-02-29T09:04:30Z", "2026-11-31T09:04:30Z", "2026-11-02T24:00:00Z", "2026-11-02T09:60:30Z",
            "2026-11-02T09:04:60Z", "2026-11-02T09:04:30+18:30", "2026-11-02T09:04:30+0100", "2026-11-02T09:04:30",
            "2026-11-02T09:04:30.Z", "2026-11-02T09:04:30.1234567891Z", "+12026-11-02T09:04:30Z", "2026-13-02T09:04:30Z",
            "2026-11-02T09:04:30+01:00:30", "2026-11-02T09:04:30Zx", "２０２６-11-02T09:04:30Z", "2026-11-02T09:04:30+1:00",
            "2026-00-02T09:04:30Z", "2026-11-00T09:04:30Z"})
    void agreesWithTheFormatter(String text) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            expected = null;
        }
        Instant fast = FastInstant.parse(text);
        if (fast != null) {
            assertThat(fast).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-02T09:04:30Z", "2026-11-02T09:04:30.123Z", "2026-11-02T09:04:30+01:00"})
    void takesTheUsualShapes(String text) {
        assertThat(FastInstant.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }
}
