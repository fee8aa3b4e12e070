package app.frontline.connector.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import app.frontline.connector.ConnectorProperties;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Out-of-order delivery, exhaustively: the documented created, comment-added and status-changed
 * events of ticket 5158 in all six orders, each delivered twice, give the same conversation.
 */
class ZendeskTicketViewTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ConnectorProperties.Zendesk SETTINGS = new ConnectorProperties.Zendesk("s",
            Map.of("8447320466430", "t-1"), Map.of("8447388090494", "a-1"), null, "order_");

    static JsonNode fixture(String name) throws IOException {
        try (InputStream in = ZendeskTicketViewTest.class.getResourceAsStream("/connector/zendesk/" + name)) {
            return JSON.readTree(in);
        }
    }

    static void deliver(ObjectNode state, JsonNode payload) {
        ZendeskTicketView.mergeEvent(state, payload.get("type").asString().substring(ZendeskTickets.EVENT_PREFIX.length()),
                payload.get("detail"), payload.path("event"), OffsetDateTime.parse(payload.get("time").asString()), SETTINGS);
    }

    @Test
    void everyArrivalOrderGivesTheSameConversation() throws IOException {
        List<JsonNode> events = List.of(fixture("ticket-created.json"), fixture("comment-added.json"),
                fixture("status-solved.json"));
        List<String> results = new ArrayList<>();
        for (List<Integer> order : List.of(List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2), List.of(1, 2, 0),
                List.of(2, 0, 1), List.of(2, 1, 0))) {
            ObjectNode state = JsonNodeFactory.instance.objectNode();
            for (int i : order) {
                deliver(state, events.get(i));
                deliver(state, events.get(i));
            }
            results.add(ZendeskTicketView.records(state, SETTINGS).toString());
        }

        assertThat(results).containsOnly(results.getFirst());
        JsonNode conversation = JSON.readTree(results.getFirst()).get(0);
        assertThat(conversation.get("createdAt").asString()).isEqualTo("2025-01-08T10:12:07Z");
        assertThat(conversation.get("firstReplyAt").asString()).isEqualTo("2025-01-08T14:25:30.123456789Z");
        assertThat(conversation.get("resolvedAt").asString()).isEqualTo("2025-01-08T16:00Z");
        assertThat(conversation.get("teamId").asString()).isEqualTo("t-1");
        assertThat(conversation.get("assigneeAgentId").asString()).isEqualTo("a-1");
        assertThat(ZendeskTicketView.orderRef((ObjectNode) JsonNodeFactory.instance.objectNode()
                .set("tags", conversation.get("tags")), SETTINGS)).isEqualTo("1001");
    }

    @Test
    void aReopenedTicketIsNotResolvedAndAnOpeningStaffCommentIsNoReply() throws IOException {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        deliver(state, fixture("ticket-created.json"));
        deliver(state, fixture("status-solved.json"));
        ObjectNode reopened = (ObjectNode) fixture("status-solved.json");
        reopened.put("time", "2025-01-08T17:00:00Z");
        ((ObjectNode) reopened.get("event")).put("current", "OPEN");
        ((ObjectNode) reopened.get("detail")).put("status", "OPEN");
        deliver(state, reopened);
        // the agent's own opening text, half a second after creation
        ObjectNode opening = (ObjectNode) fixture("comment-added.json");
        opening.put("time", "2025-01-08T10:12:07.500Z");
        deliver(state, opening);

        JsonNode conversation = ZendeskTicketView.records(state, SETTINGS).getFirst();
        assertThat(conversation.has("resolvedAt")).isFalse();
        assertThat(conversation.has("firstReplyAt")).isFalse();
    }
}
