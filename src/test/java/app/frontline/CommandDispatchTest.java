package app.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.ingest.ImportCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} and {@code generate} are found wherever the options stand, always run one-shot
 * without a web server (the port they are given is taken, and they still succeed), and an unknown
 * word is an error, not a web application started by mistake.
 */
class CommandDispatchTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void importWithOptionsBeforeAndAfterTheCommand() throws IOException {
        Path file = dir.resolve("teams.ndjson");
        Files.writeString(file, "{\"type\":\"team\",\"id\":\"t-1\",\"name\":\"One\"}\n");
        try (ServerSocket taken = new ServerSocket(0)) {
            String port = "--server.port=" + taken.getLocalPort();
            // durable: the tests' own configuration keeps stores in memory
            assertThat(run("--frontline.store.durable=true", "--frontline.store.data-dir=" + dir.resolve("a"), port,
                    "import", file.toString(), "--frontline.demo.enabled=false")).contains(ImportCommand.OK);
            assertThat(run("import", "--frontline.store.data-dir=" + dir.resolve("b"), file.toString(), port,
                    "--frontline.store.durable=true")).contains(ImportCommand.OK);
        }
        // each import wrote its own durable store where the option said, before or after the command
        assertThat(dir.resolve("a")).isDirectoryContaining(p -> p.getFileName().toString().matches("(journal|snapshot)-\\d+\\.bin"));
        assertThat(dir.resolve("b")).isDirectoryContaining(p -> p.getFileName().toString().matches("(journal|snapshot)-\\d+\\.bin"));
    }

    @Test
    void generateAfterAnOption() throws IOException {
        Path out = dir.resolve("demo.ndjson");
        assertThat(run("generate", "--size", "50", "--out", out.toString())).contains(0);
        assertThat(Files.readAllLines(out)).isNotEmpty();
    }

    @Test
    void noCommandStartsTheWebApplicationAndAnUnknownWordIsAnError() {
        assertThat(run("--server.port=0")).isEmpty();
        assertThat(run("--server.port=0", "imprt", "file.ndjson")).contains(ImportCommand.ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("unknown command 'imprt'. Usage:");
    }

    private java.util.Optional<Integer> run(String... args) {
        return FrontlineApplication.runCommand(args, new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
