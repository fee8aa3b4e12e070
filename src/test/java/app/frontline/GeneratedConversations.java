package app.frontline;

import app.frontline.ingest.ImportProgress;
import app.frontline.ingest.ImportSummary;
import app.frontline.ingest.RecordImporter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Conversations made up by count per day, loaded as NDJSON through the product's importer. */
public final class GeneratedConversations {

    private final StringBuilder ndjson = new StringBuilder();
    private int next;

    /** {@code count} conversations of a team on a day (UTC), from 09:00 a minute apart. */
    public GeneratedConversations on(LocalDate day, String teamId, int count) {
        return on(day, teamId, count, null, 0);
    }

    /**
     * The same, assigned to an agent and first replied {@code replySeconds} after they started (no
     * reply when the agent is null).
     */
    public GeneratedConversations on(LocalDate day, String teamId, int count, String agentId, int replySeconds) {
        for (int i = 0; i < count; i++) {
            LocalDateTime created = day.atTime(9, 0).plusMinutes(i);
            ndjson.append("{\"type\":\"conversation\",\"id\":\"g").append(next++).append("\",\"channel\":\"chat\",")
                    .append("\"teamId\":\"").append(teamId).append("\",\"createdAt\":\"")
                    .append(created.atOffset(ZoneOffset.UTC).toInstant()).append('"');
            if (agentId != null) {
                ndjson.append(",\"assigneeAgentId\":\"").append(agentId).append("\",\"firstReplyAt\":\"")
                        .append(created.plusSeconds(replySeconds).atOffset(ZoneOffset.UTC).toInstant()).append('"');
            }
            ndjson.append("}\n");
        }
        return this;
    }

    public ImportSummary importInto(RecordImporter importer) {
        ImportSummary summary = importer.importNdjson(
                new ByteArrayInputStream(ndjson.toString().getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
        if (summary.rejected() > 0) {
            throw new IllegalStateException("rejected: " + summary.rejections());
        }
        return summary;
    }
}
