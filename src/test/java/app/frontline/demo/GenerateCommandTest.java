package app.frontline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenerateCommandTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheFileAndReportsProgressAndCounts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("demo.ndjson");
        int code = run("--size", "2000", "--orders", "1500", "--days", "40", "--seed", "3",
            "--last-day", "2026-11-22", "--out", file.toString());
        assertThat(code).isZero();
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(log).contains(" 10%", "100%", "records/s", "conversations=", "orders=1500");
        try (var lines = Files.lines(file)) {
            assertThat(lines.filter(l -> l.startsWith("{\"type\":\"order\"")).count()).isEqualTo(1500);
        }
    }

    @Test
    void parsesEveryOption() {
        GenerateCommand.Parsed parsed = GenerateCommand.parse(new String[] {"--size", "1000", "--days", "30",
            "--seed", "9", "--last-day", "2026-01-31", "--zone", "Asia/Kolkata", "--out", "x.ndjson"});
        assertThat(parsed).isNotNull();
        assertThat(parsed.options()).isEqualTo(new DemoOptions(1000, 1000, 9,
            java.time.LocalDate.of(2026, 1, 31), 30, java.time.ZoneId.of("Asia/Kolkata")));
        assertThat(parsed.out()).isEqualTo("x.ndjson");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--size abc", "--size -5", "--days 0", "--last-day 2026-13-01", "--zone Mars/Base",
        "--colour blue", "stray", "--seed"})
    void badOptionsExitWithUsage(String args) {
        assertThat(run(args.split(" "))).isEqualTo(GenerateCommand.EX_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("generate: ").contains("usage:");
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    private int run(String... args) {
        return GenerateCommand.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
