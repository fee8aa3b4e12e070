package app.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Upsert semantics, references in any order, and the line handling of the NDJSON reader. */
class ImportBehaviourTest extends IngestTestSupport {

    @Test
    void loadingTheSameFileTwiceGivesTheSameState() {
        String file = String.join("\n", StoredLayoutTest.EXAMPLE) + "\n{\"type\":\"team\",\"id\":\"\"}\n";
        ImportSummary first = importText(file);
        List<Document> afterFirst = everything();

        ImportSummary second = importText(file);

        assertThat(first.accepted()).isEqualTo(6);
        assertThat(first.inserted()).isEqualTo(6);
        assertThat(first.replaced()).isZero();
        assertThat(second.accepted()).isEqualTo(first.accepted());
        assertThat(second.rejected()).isEqualTo(first.rejected()).isEqualTo(1);
        assertThat(second.inserted()).isZero();
        assertThat(second.replaced()).isEqualTo(6);
        assertThat(everything()).isEqualTo(afterFirst);
    }

    @Test
    void aReloadedRecordReplacesTheWholeDocument() {
        importLines("{\"type\":\"agent\",\"id\":\"a-1\",\"name\":\"Ann\",\"teamId\":\"t-1\",\"email\":\"ann@x\"}");
        importLines("{\"type\":\"agent\",\"id\":\"a-1\",\"name\":\"Ann B\",\"teamId\":\"t-1\",\"active\":false}");

        assertThat(stored("agents", "a-1")).isEqualTo(new Document("_id", "a-1").append("name", "Ann B")
                .append("teamId", "t-1").append("active", false));
    }

    @Test
    void anAgentMayArriveBeforeItsTeam() {
        ImportSummary summary = importLines(
                "{\"type\":\"agent\",\"id\":\"a-1\",\"name\":\"Ann\",\"teamId\":\"t-later\"}",
                "{\"type\":\"team\",\"id\":\"t-later\",\"name\":\"Later\"}");

        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.pending()).isEmpty();
    }

    @Test
    void aTeamInAnotherFileIsReportedPendingUntilItArrives() {
        ImportSummary agents = importLines(
                "{\"type\":\"agent\",\"id\":\"a-1\",\"name\":\"Ann\",\"teamId\":\"t-next\"}",
                "{\"type\":\"agent\",\"id\":\"a-2\",\"name\":\"Ben\",\"teamId\":\"t-next\"}");
        ImportSummary teams = importLines("{\"type\":\"team\",\"id\":\"t-next\",\"name\":\"Next\"}");
        ImportSummary agentsAgain = importLines(
                "{\"type\":\"agent\",\"id\":\"a-1\",\"name\":\"Ann\",\"teamId\":\"t-next\"}");

        assertThat(agents.accepted()).isEqualTo(2);
        assertThat(agents.pending()).containsExactly(
                new ImportSummary.PendingReference(1, "a-1", "teamId", "t-next"),
                new ImportSummary.PendingReference(2, "a-2", "teamId", "t-next"));
        assertThat(ids("agents")).containsExactly("a-1", "a-2");
        assertThat(teams.pending()).isEmpty();
        assertThat(agentsAgain.pending()).isEmpty();
    }

    @Test
    void aTooLongLineIsRejectedWithoutStoppingTheNextOnes() {
        byte[] longLine = new byte[RecordImporter.MAX_LINE_BYTES + 10];
        Arrays.fill(longLine, (byte) 'x');
        InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                stream("{\"type\":\"team\",\"id\":\"t-1\",\"name\":\"One\"}\n"),
                new ByteArrayInputStream(longLine),
                stream("\n{\"type\":\"team\",\"id\":\"t-2\",\"name\":\"Two\"}"))));

        ImportSummary summary = importer.importNdjson(in, ImportProgress.NONE);

        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.field()).isEqualTo("line");
            assertThat(r.reason()).contains("longer than 1048576 bytes");
        });
        assertThat(ids("teams")).containsExactly("t-1", "t-2");
    }

    @Test
    void linesThatAreNotJsonObjectsAreRejectedWithTheirNumber() {
        ImportSummary summary = importText("{\"type\":\"team\",\"id\":\"t-1\",\"name\":\"One\"}\r\n"
                + "\r\n"
                + "not json\n"
                + "[1,2]\n"
                + "{\"type\":\"team\",\"id\":\"t-x\",\"name\":\"X\"} trailing\n"
                + "{\"type\":\"team\",\"id\":\"t-y\",\"name\":\"Y\",\"name\":\"Z\"}\n"
                + "   \n"
                + "{\"type\":\"team\",\"id\":\"t-2\",\"name\":\"Two\"}");

        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(4);
        assertThat(summary.rejections()).extracting(ImportSummary.Rejection::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(summary.rejections()).allSatisfy(r -> assertThat(r.field()).isEqualTo("line"));
        assertThat(summary.rejections().get(0).reason()).startsWith("is not valid JSON");
        assertThat(summary.rejections().get(1).reason()).isEqualTo("is not a JSON object");
        assertThat(ids("teams")).containsExactly("t-1", "t-2");
    }

    @Test
    void manyRecordsAreWrittenInBatchesAndProgressIsReported() {
        List<String> lines = new ArrayList<>();
        IntStream.range(0, 2_500).forEach(i -> lines.add(
                "{\"type\":\"login\",\"id\":\"l-" + i + "\",\"agentId\":\"a-1\",\"at\":\"2026-11-02T08:00:00Z\"}"));
        lines.set(1_500, "{\"type\":\"login\",\"id\":\"l-bad\",\"agentId\":\"a-1\"}");
        List<long[]> reports = new ArrayList<>();

        ImportSummary summary = importer.importNdjson(stream(String.join("\n", lines)),
                (read, accepted, rejected) -> reports.add(new long[] {read, accepted, rejected}));

        assertThat(summary.accepted()).isEqualTo(2_499);
        assertThat(summary.rejections()).singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(1_501));
        assertThat(mongo.getCollection("logins").countDocuments()).isEqualTo(2_499);
        assertThat(reports).extracting(r -> r[0]).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(reports.getLast()).containsExactly(2_500, 2_499, 1);
    }

    @Test
    void givenRecordsAreValidatedLikeLines() {
        var json = ValidationRulesTest.JSON;
        ImportSummary summary = importer.importRecords(List.of(
                json.readTree("{\"type\":\"team\",\"id\":\"t-1\",\"name\":\"One\"}"),
                json.readTree("{\"type\":\"team\",\"id\":\"t-2\"}")), ImportProgress.NONE);

        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.rejections()).singleElement()
                .isEqualTo(new ImportSummary.Rejection(2, "team", "t-2", "name", "is required"));
    }

    private List<Document> everything() {
        List<Document> all = new ArrayList<>();
        COLLECTIONS.forEach(c -> all.addAll(mongo.findAll(Document.class, c)));
        return all;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
