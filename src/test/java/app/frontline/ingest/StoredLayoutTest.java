package app.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.agent.Agent;
import app.frontline.agent.AgentRepository;
import app.frontline.team.Team;
import app.frontline.team.TeamRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The stored layout other features read: names, BSON types, defaults, omissions. */
class StoredLayoutTest extends IngestTestSupport {

    /** The example of shared/ingest-format.md, one record a line. */
    static final List<String> EXAMPLE = List.of(
            """
            {"type":"team","id":"t-emea","name":"EMEA","timeZone":"Europe/Amsterdam","slaFirstReplyMinutes":60}""",
            """
            {"type":"agent","id":"a-17","name":"Alice Jansen","email":"alice@shop.example","teamId":"t-emea"}""",
            """
            {"type":"login","id":"l-9001","agentId":"a-17","at":"2026-11-02T08:01:12Z"}""",
            """
            {"type":"conversation","id":"c-501","channel":"chat","customerEmail":"Bob@Mail.example","teamId":"t-emea","assigneeAgentId":"a-17","createdAt":"2026-11-02T09:00:00Z","firstReplyAt":"2026-11-02T09:04:30Z","resolvedAt":"2026-11-02T10:00:00Z","archivedAt":"2026-11-03T00:00:00Z","handleSeconds":540,"rating":"happy","offers":[{"kind":"upsell","accepted":true},{"kind":"crossSell","accepted":false}]}""",
            """
            {"type":"survey","id":"s-77","conversationId":"c-501","kind":"csat","score":5,"at":"2026-11-02T10:05:00Z"}""",
            """
            {"type":"order","id":"o-1001","status":"approved","createdAt":"2026-11-02T09:30:00Z","customerEmail":"bob@mail.example","total":"129.90","cogs":"52.00","createdByAgentId":"a-17","conversationId":"c-501","rebillDiscount":"0","retryDiscount":"0","deliveredAt":"2026-11-05T12:00:00Z","refunds":[{"at":"2026-11-06T10:00:00Z","amount":"20.00","byAgentId":"a-17"}],"returns":[{"at":"2026-11-08T10:00:00Z","rma":true,"byAgentId":"a-17"}],"chargeback":{"at":"2026-11-20T00:00:00Z"},"reprocessedAt":null,"reprocessedByAgentId":null,"cancelledAt":null,"cancelledByAgentId":null}""");

    @Autowired
    TeamRepository teams;

    @Autowired
    AgentRepository agents;

    @Test
    void theFormatsExampleIsStoredWithTypedFields() {
        ImportSummary summary = importLines(EXAMPLE.toArray(String[]::new));

        assertThat(summary.accepted()).isEqualTo(6);
        assertThat(summary.inserted()).isEqualTo(6);
        assertThat(summary.rejected()).isZero();
        assertThat(summary.pending()).isEmpty();

        assertThat(stored("teams", "t-emea")).isEqualTo(new Document("_id", "t-emea").append("name", "EMEA")
                .append("timeZone", "Europe/Amsterdam").append("slaFirstReplyMinutes", 60));
        assertThat(stored("agents", "a-17")).isEqualTo(new Document("_id", "a-17").append("name", "Alice Jansen")
                .append("email", "alice@shop.example").append("teamId", "t-emea").append("active", true));
        assertThat(stored("logins", "l-9001")).isEqualTo(new Document("_id", "l-9001").append("agentId", "a-17")
                .append("at", date("2026-11-02T08:01:12Z")));

        Document conversation = stored("conversations", "c-501");
        assertThat(conversation).doesNotContainKey("type").doesNotContainKey("extra")
                .containsEntry("channel", "chat")
                .containsEntry("customerEmail", "Bob@Mail.example")
                .containsEntry("customerKey", "bob@mail.example")
                .containsEntry("createdAt", date("2026-11-02T09:00:00Z"))
                .containsEntry("firstReplyAt", date("2026-11-02T09:04:30Z"))
                .containsEntry("handleSeconds", 540)
                .containsEntry("rating", "happy")
                .containsEntry("offers", List.of(new Document("kind", "upsell").append("accepted", true),
                        new Document("kind", "crossSell").append("accepted", false)));

        assertThat(stored("surveys", "s-77")).containsEntry("kind", "csat").containsEntry("score", 5)
                .containsEntry("at", date("2026-11-02T10:05:00Z"));

        Document order = stored("orders", "o-1001");
        assertThat(order).containsEntry("status", "approved")
                .containsEntry("total", new Decimal128(new BigDecimal("129.90")))
                .containsEntry("cogs", new Decimal128(new BigDecimal("52.00")))
                .containsEntry("rebillDiscount", new Decimal128(BigDecimal.ZERO))
                .containsEntry("customerKey", "bob@mail.example")
                .containsEntry("deliveredAt", date("2026-11-05T12:00:00Z"))
                .containsEntry("refunds", List.of(new Document("at", date("2026-11-06T10:00:00Z"))
                        .append("amount", new Decimal128(new BigDecimal("20.00"))).append("byAgentId", "a-17")))
                .containsEntry("returns", List.of(new Document("at", date("2026-11-08T10:00:00Z"))
                        .append("rma", true).append("byAgentId", "a-17")))
                .containsEntry("chargeback", new Document("at", date("2026-11-20T00:00:00Z")))
                .doesNotContainKeys("reprocessedAt", "reprocessedByAgentId", "cancelledAt", "cancelledByAgentId");
        assertThat(order.get("total", Decimal128.class).bigDecimalValue().scale()).isEqualTo(2);

        // the directory's readers see what was imported
        assertThat(teams.findById("t-emea")).contains(new Team("t-emea", "EMEA", "Europe/Amsterdam", 60));
        assertThat(agents.findById("a-17"))
                .contains(new Agent("a-17", "Alice Jansen", "alice@shop.example", "t-emea", true));
    }

    @Test
    void defaultsAreStoredAndAbsentOptionalsOmitted() {
        ImportSummary summary = importLines(
                "{\"type\":\"team\",\"id\":\"t-1\",\"name\":\"One\"}",
                "{\"type\":\"agent\",\"id\":\"a-1\",\"name\":\"Ann\",\"teamId\":\"t-1\",\"email\":null}",
                "{\"type\":\"conversation\",\"id\":\"c-1\",\"createdAt\":\"2026-11-02T10:00:00+01:00\",\"tags\":[]}",
                "{\"type\":\"order\",\"id\":\"o-1\",\"status\":\"declined\",\"createdAt\":\"2026-11-02T09:30:00Z\","
                        + "\"customerEmail\":\"  Carol@Example.COM \",\"total\":129.90,"
                        + "\"returns\":[{\"at\":\"2026-11-03T09:30:00Z\"}],\"cancelledAt\":\"2026-11-02T10:00:00Z\"}");

        assertThat(summary.rejections()).isEmpty();
        assertThat(stored("teams", "t-1")).isEqualTo(new Document("_id", "t-1").append("name", "One")
                .append("slaFirstReplyMinutes", 60));
        assertThat(stored("agents", "a-1")).isEqualTo(new Document("_id", "a-1").append("name", "Ann")
                .append("teamId", "t-1").append("active", true));
        assertThat(stored("conversations", "c-1")).isEqualTo(new Document("_id", "c-1").append("channel", "email")
                .append("createdAt", date("2026-11-02T09:00:00Z")));
        Document order = stored("orders", "o-1");
        assertThat(order).containsEntry("customerKey", "carol@example.com")
                .containsEntry("total", new Decimal128(new BigDecimal("129.90")))
                .containsEntry("returns", List.of(new Document("at", date("2026-11-03T09:30:00Z")).append("rma", false)))
                .containsEntry("cancelledAt", date("2026-11-02T10:00:00Z"))
                .doesNotContainKeys("cogs", "refunds", "chargeback", "cancelledByAgentId", "conversationId");
        assertThat(order.get("total", Decimal128.class).bigDecimalValue().scale()).isEqualTo(2);
    }

    @Test
    void unknownFieldsAreKeptUnderExtra() {
        importLines("{\"type\":\"survey\",\"id\":\"s-1\",\"kind\":\"nps\",\"score\":0,\"at\":\"2026-11-02T10:05:00Z\","
                + "\"source\":\"widget\",\"meta\":{\"v\":2,\"w\":1.50},\"skip\":null}");

        assertThat(stored("surveys", "s-1")).containsEntry("score", 0)
                .containsEntry("extra", new Document("source", "widget")
                        .append("meta", new Document("v", 2).append("w", new Decimal128(new BigDecimal("1.50")))));
    }

    @Test
    void aRecordReportsAllItsErrors() {
        ImportSummary summary = importLines("{\"type\":\"order\",\"id\":\"o-9\",\"status\":\"paid\","
                + "\"createdAt\":\"2026-11-02T09:30:00\",\"total\":\"x\",\"refunds\":[{\"amount\":0}]}");

        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.rejections()).extracting(ImportSummary.Rejection::field).containsExactlyInAnyOrder(
                "status", "createdAt", "customerEmail", "total", "refunds[0].at", "refunds[0].amount");
        assertThat(summary.rejections()).allSatisfy(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.type()).isEqualTo("order");
            assertThat(r.id()).isEqualTo("o-9");
        });
        assertThat(ids("orders")).isEmpty();
    }

    static Date date(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
