package app.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every rule of the format's table: a record breaking it is rejected with its line, field and
 * reason, while the valid records of the same type on the lines around it are stored.
 */
class ValidationRulesTest extends IngestTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Marks a field to remove from the base record. */
    static final String ABSENT = "<absent>";

    static final Map<String, String> VALID = Map.of(
            "team", """
                {"type":"team","name":"EMEA","timeZone":"Europe/Amsterdam","slaFirstReplyMinutes":60}""",
            "agent", """
                {"type":"agent","name":"Alice","email":"alice@shop.example","teamId":"t-emea","active":true}""",
            "login", """
                {"type":"login","agentId":"a-17","at":"2026-11-02T08:01:12Z"}""",
            "conversation", """
                {"type":"conversation","channel":"chat","customerEmail":"Bob@Mail.example","teamId":"t-emea",
                 "assigneeAgentId":"a-17","createdAt":"2026-11-02T09:00:00Z","firstReplyAt":"2026-11-02T09:04:30Z",
                 "resolvedAt":"2026-11-02T10:00:00Z","archivedAt":"2026-11-03T00:00:00Z","handleSeconds":540,
                 "rating":"happy","offers":[{"kind":"upsell","accepted":true},{"kind":"crossSell","accepted":false}],
                 "tags":["shipping"]}""",
            "survey", """
                {"type":"survey","conversationId":"c-501","kind":"csat","score":5,"at":"2026-11-02T10:05:00Z"}""",
            "order", """
                {"type":"order","status":"approved","createdAt":"2026-11-02T09:30:00Z","customerEmail":"bob@mail.example",
                 "total":"129.90","cogs":"52.00","createdByAgentId":"a-17","conversationId":"c-501",
                 "rebillDiscount":"0","retryDiscount":"0","deliveredAt":"2026-11-05T12:00:00Z",
                 "refunds":[{"at":"2026-11-06T10:00:00Z","amount":"20.00","byAgentId":"a-17"},
                            {"at":"2026-11-07T10:00:00Z","amount":5}],
                 "returns":[{"at":"2026-11-08T10:00:00Z","rma":true,"byAgentId":"a-17"}],
                 "chargeback":{"at":"2026-11-20T00:00:00Z"},
                 "reprocessedAt":"2026-11-02T11:00:00Z","reprocessedByAgentId":"a-17",
                 "cancelledAt":null,"cancelledByAgentId":null}""");

    static Stream<Arguments> brokenRules() {
        String before = "\"2026-11-01T00:00:00Z\"";
        return Stream.of(
                // every record
                rule("team", "{\"id\":\"<absent>\"}", "id", "is required"),
                rule("team", "{\"id\":\"\"}", "id", "must not be empty"),
                rule("team", "{\"id\":null}", "id", "is required"),
                rule("order", "{\"id\":1001}", "id", "must be a string"),
                rule("team", "{\"type\":\"refund\"}", "type", "unknown type 'refund'"),
                rule("team", "{\"type\":\"<absent>\"}", "type", "is required"),
                rule("team", "{\"$where\":\"1\"}", "$where", "cannot be stored"),
                // team
                rule("team", "{\"name\":\"<absent>\"}", "name", "is required"),
                rule("team", "{\"name\":null}", "name", "is required"),
                rule("team", "{\"name\":42}", "name", "must be a string"),
                rule("team", "{\"timeZone\":\"Mars/Olympus\"}", "timeZone", "IANA time zone"),
                rule("team", "{\"timeZone\":\"+01:00\"}", "timeZone", "IANA time zone"),
                rule("team", "{\"slaFirstReplyMinutes\":0}", "slaFirstReplyMinutes", "at least 1"),
                rule("team", "{\"slaFirstReplyMinutes\":\"60\"}", "slaFirstReplyMinutes", "must be an integer"),
                rule("team", "{\"slaFirstReplyMinutes\":1.5}", "slaFirstReplyMinutes", "must be an integer"),
                rule("team", "{\"workingHours\":[{\"day\":\"mon\",\"from\":\"09:00\",\"to\":\"17:00\"}]}",
                        "workingHours[0].day", "must be one of monday"),
                rule("team", "{\"workingHours\":[{\"day\":\"monday\",\"from\":\"17:00\",\"to\":\"09:00\"}]}",
                        "workingHours[0].to", "must be after from"),
                rule("team", "{\"workingHours\":[{\"day\":\"monday\",\"from\":\"24:00\",\"to\":\"24:00\"}]}",
                        "workingHours[0].from", "00:00 to 23:59"),
                rule("team", "{\"workingHours\":[{\"day\":\"monday\",\"from\":\"9:00\",\"to\":\"17:00\"}]}",
                        "workingHours[0].from", "local time HH:mm"),
                rule("team", "{\"workingHours\":[{\"day\":\"monday\",\"from\":\"09:00\"}]}",
                        "workingHours[0].to", "is required"),
                rule("team", "{\"holidays\":[\"2026-02-30\"]}", "holidays[0]", "must be a date"),
                // agent
                rule("agent", "{\"name\":\"<absent>\"}", "name", "is required"),
                rule("agent", "{\"teamId\":\"<absent>\"}", "teamId", "is required"),
                rule("agent", "{\"active\":\"yes\"}", "active", "true or false"),
                // login
                rule("login", "{\"agentId\":\"<absent>\"}", "agentId", "is required"),
                rule("login", "{\"at\":\"<absent>\"}", "at", "is required"),
                rule("login", "{\"at\":\"2026-11-02T08:01:12\"}", "at", "has no offset or Z"),
                rule("login", "{\"at\":\"2026-11-02\"}", "at", "has no offset or Z"),
                rule("login", "{\"at\":\"02/11/2026 08:01\"}", "at", "ISO-8601 instant"),
                rule("login", "{\"at\":1762070472}", "at", "ISO-8601 instant"),
                // conversation
                rule("conversation", "{\"createdAt\":\"<absent>\"}", "createdAt", "is required"),
                rule("conversation", "{\"createdAt\":\"2026-11-02T09:00:00\"}", "createdAt", "has no offset or Z"),
                rule("conversation", "{\"channel\":\"fax\"}", "channel", "must be one of email, chat, phone, social, messaging"),
                rule("conversation", "{\"channel\":\"Chat\"}", "channel", "must be one of"),
                rule("conversation", "{\"rating\":\"angry\"}", "rating", "must be one of happy, neutral, sad"),
                rule("conversation", "{\"handleSeconds\":-1}", "handleSeconds", "at least 0"),
                rule("conversation", "{\"handleSeconds\":12.5}", "handleSeconds", "must be an integer"),
                rule("conversation", "{\"firstReplyAt\":" + before + "}", "firstReplyAt", "not be before createdAt"),
                rule("conversation", "{\"resolvedAt\":" + before + "}", "resolvedAt", "not be before createdAt"),
                rule("conversation", "{\"archivedAt\":" + before + "}", "archivedAt", "not be before createdAt"),
                rule("conversation", "{\"offers\":[{\"kind\":\"upsell\",\"accepted\":true},{\"kind\":\"downsell\",\"accepted\":true}]}",
                        "offers[1].kind", "must be one of upsell, crossSell"),
                rule("conversation", "{\"offers\":[{\"kind\":\"upsell\"}]}", "offers[0].accepted", "is required"),
                rule("conversation", "{\"offers\":[{\"kind\":\"upsell\",\"accepted\":\"true\"}]}", "offers[0].accepted", "true or false"),
                rule("conversation", "{\"offers\":[\"upsell\"]}", "offers[0]", "must be an object"),
                rule("conversation", "{\"offers\":{\"kind\":\"upsell\"}}", "offers", "must be an array"),
                rule("conversation", "{\"tags\":[\"shipping\",3]}", "tags[1]", "must be a string"),
                // survey
                rule("survey", "{\"kind\":\"<absent>\"}", "kind", "is required"),
                rule("survey", "{\"kind\":\"stars\"}", "kind", "must be one of csat, ces, nps, cx"),
                rule("survey", "{\"score\":\"<absent>\"}", "score", "is required"),
                rule("survey", "{\"at\":\"<absent>\"}", "at", "is required"),
                rule("survey", "{\"kind\":\"csat\",\"score\":0}", "score", "between 1 and 5"),
                rule("survey", "{\"kind\":\"csat\",\"score\":6}", "score", "between 1 and 5"),
                rule("survey", "{\"kind\":\"ces\",\"score\":8}", "score", "between 1 and 7"),
                rule("survey", "{\"kind\":\"nps\",\"score\":11}", "score", "between 0 and 10"),
                rule("survey", "{\"kind\":\"nps\",\"score\":-1}", "score", "between 0 and 10"),
                rule("survey", "{\"kind\":\"cx\",\"score\":0}", "score", "between 1 and 5"),
                rule("survey", "{\"score\":4.5}", "score", "must be an integer"),
                rule("survey", "{\"score\":\"5\"}", "score", "must be an integer"),
                // order
                rule("order", "{\"status\":\"<absent>\"}", "status", "is required"),
                rule("order", "{\"status\":\"pending\"}", "status", "must be one of approved, declined"),
                rule("order", "{\"createdAt\":\"<absent>\"}", "createdAt", "is required"),
                rule("order", "{\"customerEmail\":\"<absent>\"}", "customerEmail", "is required"),
                rule("order", "{\"total\":\"<absent>\"}", "total", "is required"),
                rule("order", "{\"total\":\"-0.01\"}", "total", "must not be negative"),
                rule("order", "{\"total\":-5}", "total", "must not be negative"),
                rule("order", "{\"total\":\"NaN\"}", "total", "decimal"),
                rule("order", "{\"total\":\"12,50\"}", "total", "decimal"),
                rule("order", "{\"total\":\"EUR 12\"}", "total", "decimal"),
                rule("order", "{\"total\":true}", "total", "decimal"),
                rule("order", "{\"cogs\":\"n/a\"}", "cogs", "decimal"),
                rule("order", "{\"rebillDiscount\":\"Infinity\"}", "rebillDiscount", "decimal"),
                rule("order", "{\"refunds\":[{\"at\":\"2026-11-06T10:00:00Z\",\"amount\":\"20.00\"},"
                        + "{\"at\":\"2026-11-06T10:00:00Z\",\"amount\":\"0\"}]}", "refunds[1].amount", "greater than 0"),
                rule("order", "{\"refunds\":[{\"at\":\"2026-11-06T10:00:00Z\",\"amount\":-3}]}", "refunds[0].amount", "greater than 0"),
                rule("order", "{\"refunds\":[{\"amount\":\"5\"}]}", "refunds[0].at", "is required"),
                rule("order", "{\"refunds\":[{\"at\":" + before + ",\"amount\":\"5\"}]}", "refunds[0].at", "not be before createdAt"),
                rule("order", "{\"returns\":[{\"at\":" + before + "}]}", "returns[0].at", "not be before createdAt"),
                rule("order", "{\"returns\":[{\"at\":\"2026-11-08T10:00:00Z\",\"rma\":\"yes\"}]}", "returns[0].rma", "true or false"),
                rule("order", "{\"chargeback\":{\"at\":" + before + "}}", "chargeback.at", "not be before createdAt"),
                rule("order", "{\"chargeback\":{}}", "chargeback.at", "is required"),
                rule("order", "{\"chargeback\":\"2026-11-20T00:00:00Z\"}", "chargeback", "must be an object"),
                rule("order", "{\"deliveredAt\":" + before + "}", "deliveredAt", "not be before createdAt"),
                rule("order", "{\"reprocessedAt\":" + before + "}", "reprocessedAt", "not be before createdAt"),
                rule("order", "{\"cancelledAt\":" + before + "}", "cancelledAt", "not be before createdAt"),
                rule("order", "{\"reprocessedAt\":\"<absent>\"}", "reprocessedByAgentId", "only allowed together with reprocessedAt"),
                rule("order", "{\"cancelledByAgentId\":\"a-17\"}", "cancelledByAgentId", "only allowed together with cancelledAt"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("brokenRules")
    void aBrokenRuleRejectsOnlyItsRecord(String type, String overrides, String field, String reason) {
        ImportSummary summary = importLines(
                record(type, type + "-1", "{}"),
                record(type, type + "-bad", overrides),
                record(type, type + "-2", "{}"));

        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.reason()).contains(reason);
        });
        String collection = RecordType.byFormatName(type).collection();
        assertThat(ids(collection)).containsExactly(type + "-1", type + "-2");
    }

    static Arguments rule(String type, String overrides, String field, String reason) {
        return Arguments.of(type, overrides, field, reason);
    }

    /** One NDJSON line: the valid record of {@code type} with the overrides applied. */
    static String record(String type, String id, String overrides) {
        ObjectNode node = (ObjectNode) JSON.readTree(VALID.get(type));
        node.put("id", id);
        ((ObjectNode) JSON.readTree(overrides)).properties().forEach(e -> {
            if (e.getValue().isString() && e.getValue().stringValue().equals(ABSENT)) {
                node.remove(e.getKey());
            } else {
                node.set(e.getKey(), e.getValue());
            }
        });
        return JSON.writeValueAsString(node);
    }
}
