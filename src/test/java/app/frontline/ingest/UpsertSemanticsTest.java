package app.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The writer inserts new ids and replaces stored ones instead of upserting every record: the
 * outcome and the counts must still be those of one ordered upsert per record.
 */
class UpsertSemanticsTest extends IngestTestSupport {

    private static String login(String id, String agent) {
        return "{\"type\":\"login\",\"id\":\"" + id + "\",\"agentId\":\"" + agent + "\",\"at\":\"2026-11-02T08:00:00Z\"}";
    }

    @Test
    void theLastRecordWithAnIdWinsWithinABatchAndAcrossBatches() {
        List<String> lines = new ArrayList<>();
        Map<String, String> expected = new HashMap<>();
        // 3,002 lines over 1,000 ids: every id three times or more, in one batch and across batches
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 1_000; i++) {
                String id = "l-" + (i * 7 + round) % 1_000;
                lines.add(login(id, "a-" + round + "-" + i));
                expected.put(id, "a-" + round + "-" + i);
                if (round == 2 && i == 500) {
                    lines.add(login("l-5", "a-within"));
                    lines.add(login("l-5", "a-last"));
                    expected.put("l-5", "a-last");
                }
            }
        }

        ImportSummary summary = importLines(lines.toArray(String[]::new));

        assertThat(summary.accepted()).isEqualTo(3_002);
        assertThat(summary.inserted()).isEqualTo(1_000);
        assertThat(summary.replaced()).isEqualTo(2_002);
        assertThat(mongo.getCollection("logins").countDocuments()).isEqualTo(1_000);
        expected.forEach((id, agent) -> assertThat(stored("logins", id).getString("agentId")).as(id).isEqualTo(agent));
    }

    @Test
    void storedAndNewIdsInOneBatchAreCountedApart() {
        importLines(login("l-1", "a-1"), login("l-2", "a-1"));

        ImportSummary summary = importLines(login("l-0", "a-2"), login("l-1", "a-2"), login("l-3", "a-2"),
                login("l-0", "a-3"), login("l-2", "a-2"));

        assertThat(summary.inserted()).isEqualTo(2);
        assertThat(summary.replaced()).isEqualTo(3);
        assertThat(ids("logins")).containsExactly("l-0", "l-1", "l-2", "l-3");
        assertThat(stored("logins", "l-0").getString("agentId")).isEqualTo("a-3");
        assertThat(stored("logins", "l-1").getString("agentId")).isEqualTo("a-2");
    }

    @Test
    void aRecordTheStoreRefusesIsReportedAndTheOthersAreStored() {
        var logins = mongo.getCollection("logins");
        logins.createIndex(Indexes.ascending("agentId"), new IndexOptions().unique(true).name("test_unique_agent"));
        try {
            ImportSummary summary = importLines(login("l-1", "a-1"), login("l-2", "a-1"), login("l-3", "a-3"));

            assertThat(summary.accepted()).isEqualTo(2);
            assertThat(summary.inserted()).isEqualTo(2);
            assertThat(summary.rejected()).isEqualTo(1);
            assertThat(summary.rejections()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(2);
                assertThat(r.reason()).startsWith("the store refused the record");
            });
            assertThat(ids("logins")).containsExactly("l-1", "l-3");
        } finally {
            logins.dropIndex("test_unique_agent");
        }
    }
}
