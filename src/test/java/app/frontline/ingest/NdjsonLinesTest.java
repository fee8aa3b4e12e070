package app.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded line splitter, without Spring. */
class NdjsonLinesTest {

    @Test
    void splitsOnLfAndCrlfAndKeepsALastLineWithoutNewline() throws IOException {
        assertThat(lines("a\r\nbb\n\nccc", 10)).containsExactly("1:a", "2:bb", "3:", "4:ccc");
        assertThat(lines("a\n", 10)).containsExactly("1:a");
        assertThat(lines("", 10)).isEmpty();
    }

    @Test
    void aLineLongerThanTheLimitIsFlaggedAndTheNextLineIsIntact() throws IOException {
        assertThat(lines("12345\n123456\n1234567890123\nok", 5))
                .containsExactly("1:12345", "2:<too long>", "3:<too long>", "4:ok");
    }

    @Test
    void linesSpanningReadChunksAreJoined() throws IOException {
        String longLine = "x".repeat(200_000);
        assertThat(lines(longLine + "\ny", 300_000)).containsExactly("1:" + longLine, "2:y");
    }

    private static List<String> lines(String text, int max) throws IOException {
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
        List<String> result = new ArrayList<>();
        while (lines.next()) {
            result.add(lines.number() + ":" + (lines.tooLong() ? "<too long>"
                    : new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8)));
        }
        return result;
    }
}
