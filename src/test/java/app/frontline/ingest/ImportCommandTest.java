package app.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.FrontlineApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code frontline import FILE...}: output and exit codes, on the test's context. */
class ImportCommandTest extends IngestTestSupport {

    @TempDir
    Path dir;

    final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void aFileWithRejectedLinesExitsWithTwo() throws IOException {
        Path file = write("mixed.ndjson", """
                {"type":"team","id":"t-1","name":"One"}
                {"type":"team","id":"t-2","name":"Two","slaFirstReplyMinutes":-5}
                {"type":"team","id":"t-3","name":"Three"}
                """);

        int code = command().importFiles(file.toString());

        assertThat(code).isEqualTo(ImportCommand.REJECTED);
        assertThat(ids("teams")).containsExactly("t-1", "t-3");
        assertThat(printed())
                .contains("3 lines read, 2 accepted, 1 rejected")
                .contains("2 accepted (2 new, 0 replaced), 1 rejected")
                .contains("line 2 (t-2): slaFirstReplyMinutes must be at least 1");
    }

    @Test
    void filesWithOnlyGoodRecordsExitWithZero() throws IOException {
        Path teams = write("teams.ndjson", "{\"type\":\"team\",\"id\":\"t-1\",\"name\":\"One\"}\n");
        Path agents = write("agents.ndjson", "{\"type\":\"agent\",\"id\":\"a-1\",\"name\":\"A\",\"teamId\":\"t-1\"}\n");

        assertThat(command().importFiles(agents.toString(), teams.toString())).isEqualTo(ImportCommand.OK);
        assertThat(ids("agents")).containsExactly("a-1");
        assertThat(printed()).contains("references to records not loaded yet, e.g. line 1: teamId t-1");
    }

    @Test
    void aMissingFileExitsWithOneBeforeStartingAnything() {
        assertThat(ImportCommand.run(FrontlineApplication.class, dir.resolve("nope.ndjson").toString()))
                .isEqualTo(ImportCommand.ERROR);
        assertThat(ImportCommand.run(FrontlineApplication.class)).isEqualTo(ImportCommand.ERROR);
    }

    private ImportCommand command() {
        return new ImportCommand(importer, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
