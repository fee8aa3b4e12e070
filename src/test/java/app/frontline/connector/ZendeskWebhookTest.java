package app.frontline.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Zendesk end to end: signed ticket events in, KPIs out through GraphQL. Ticket 5158 of the
 * documented examples: created 2025-01-08 10:12:07 UTC in group 8447320466430 (team t-1), assigned
 * to 8447388090494 (agent a-1); the first public agent reply at 14:25:30.123 (first response
 * 4 h 13 min 23.123 s = 15 203.123 s); solved at 16:00:00 (resolution 5 h 47 min 53 s = 20 873 s);
 * rated good (CSAT 100 %, one happy conversation).
 */
class ZendeskWebhookTest extends ConnectorTestSupport {

    HttpResponse<String> zendesk(byte[] body) {
        String timestamp = "2025-01-08T16:00:01Z";
        return post("/webhooks/zendesk", body, Map.of("X-Zendesk-Webhook-Signature",
                hmac(ZENDESK_SECRET, timestamp.getBytes(StandardCharsets.UTF_8), body),
                "X-Zendesk-Webhook-Signature-Timestamp", timestamp,
                "X-Zendesk-Webhook-Id", "01GZ8C3ZM0J1Q2S3T4V5W6X7Y8"));
    }

    static String status(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).path("status").asString();
    }

    @Test
    void eventsInAnyOrderConvergeIntoOneConversationAndItsKpis() {
        // the comment arrives before the ticket's creation: its partial snapshot already makes a conversation
        assertThat(status(zendesk(fixture("zendesk/comment-added.json")))).isEqualTo("stored");
        assertThat(status(zendesk(fixture("zendesk/status-solved.json")))).isEqualTo("stored");
        assertThat(status(zendesk(fixture("zendesk/ticket-created.json")))).isEqualTo("stored");
        // a retried delivery: the event id was handled
        assertThat(status(zendesk(fixture("zendesk/status-solved.json")))).isEqualTo("duplicate");
        assertThat(status(zendesk(fixture("zendesk/satisfaction-trigger.json")))).isEqualTo("stored");

        Document conversation = stored("conversations", "zendesk-5158");
        // the older "created" snapshot came last: it fills in what the newer, partial ones left out,
        // but the status stays the newer one's (solved)
        assertThat(conversation.getString("teamId")).isEqualTo("t-1");
        assertThat(conversation.getString("assigneeAgentId")).isEqualTo("a-1");
        assertThat(conversation.getString("channel")).isEqualTo("email");
        assertThat(conversation.getList("tags", String.class)).containsExactly("shipping", "order_1001");
        assertThat(conversation.get("resolvedAt")).isNotNull();

        var kpis = graphQl.documentName("connectorTicketKpis").variable("period", day("2025-01-08")).execute();
        kpis.path("kpis.conversations").entity(Integer.class).isEqualTo(1);
        kpis.path("kpis.replied").entity(Integer.class).isEqualTo(1);
        kpis.path("kpis.archived").entity(Integer.class).isEqualTo(0);
        kpis.path("kpis.happy").entity(Integer.class).isEqualTo(1);
        kpis.path("kpis.sad").entity(Integer.class).isEqualTo(0);
        assertThat(kpis.path("kpis.csat").entity(Double.class).get()).isCloseTo(100.0, within(1e-9));
        assertThat(kpis.path("kpis.firstResponseTime.mean").entity(Double.class).get()).isCloseTo(15203.123, within(1e-6));
        assertThat(kpis.path("kpis.resolutionTime.mean").entity(Double.class).get()).isCloseTo(20873.0, within(1e-6));
        kpis.path("team.kpis.conversations").entity(Integer.class).isEqualTo(1);
        kpis.path("agent.kpis.conversations").entity(Integer.class).isEqualTo(1);
        assertThat(kpis.path("agent.kpis.csat").entity(Double.class).get()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void aTicketConnectsToTheShopifyOrderItNamesWhicheverArrivesFirst() {
        // the ticket first (tag order_1001): the link waits for the order
        zendesk(fixture("zendesk/ticket-created.json"));
        byte[] order = fixture("shopify/order-450789469-create.json");
        post("/webhooks/shopify", order, Map.of("X-Shopify-Hmac-Sha256", hmac(SHOPIFY_SECRET, order),
                "X-Shopify-Topic", "orders/create", "X-Shopify-Webhook-Id", "wh-link"));
        assertThat(stored("orders", "shopify-450789469").getString("conversationId")).isEqualTo("zendesk-5158");

        // the order first, then the export names it (#1001 in field 27642): the order is re-imported with the link
        backfill("zendesk", fixture("zendesk/incremental-export.json"));
        assertThat(stored("orders", "shopify-450789469").getString("conversationId")).isEqualTo("zendesk-35436");
    }

    @Test
    void aBadSignatureIs401AndStoresNothing() {
        byte[] body = fixture("zendesk/ticket-created.json");
        String timestamp = "2025-01-08T16:00:01Z";
        // signed over the body alone, without the timestamp: not Zendesk's signature
        var bodyOnly = post("/webhooks/zendesk", body, Map.of("X-Zendesk-Webhook-Signature", hmac(ZENDESK_SECRET, body),
                "X-Zendesk-Webhook-Signature-Timestamp", timestamp));
        // a replay under another timestamp
        var otherTimestamp = post("/webhooks/zendesk", body, Map.of("X-Zendesk-Webhook-Signature",
                hmac(ZENDESK_SECRET, timestamp.getBytes(StandardCharsets.UTF_8), body),
                "X-Zendesk-Webhook-Signature-Timestamp", "2025-01-08T16:00:02Z"));
        var noTimestamp = post("/webhooks/zendesk", body, Map.of("X-Zendesk-Webhook-Signature",
                hmac(ZENDESK_SECRET, timestamp.getBytes(StandardCharsets.UTF_8), body)));

        assertThat(bodyOnly.statusCode()).isEqualTo(401);
        assertThat(otherTimestamp.statusCode()).isEqualTo(401);
        assertThat(noTimestamp.statusCode()).isEqualTo(401);
        assertThat(count("conversations") + count("connectorState") + count("connectorDeadLetters")).isZero();
    }

    @Test
    void aRecordTheImporterRefusesLandsInTheDeadLettersWithTheImportersReason() {
        // solved before it was created: the conversation's resolvedAt would precede its createdAt
        String body = new String(fixture("zendesk/status-solved.json"), StandardCharsets.UTF_8)
                .replace("\"time\": \"2025-01-08T16:00:00Z\"", "\"time\": \"2025-01-08T09:00:00Z\"");
        assertThat(status(zendesk(body.getBytes(StandardCharsets.UTF_8)))).isEqualTo("dead-letter");
        // an event that names no ticket
        assertThat(status(zendesk("{\"type\":\"zen:event-type:ticket.created\",\"id\":\"e-1\",\"time\":\"2025-01-08T09:00:00Z\",\"detail\":{}}"
                .getBytes(StandardCharsets.UTF_8)))).isEqualTo("dead-letter");

        assertThat(count("conversations")).isZero();
        var report = graphQl.documentName("connectorDeadLetters").execute();
        report.path("connectorDeadLetters.count").entity(Integer.class).isEqualTo(2);
        report.path("connectorDeadLetters.letters[*].reason").entityList(String.class)
                .satisfies(reasons -> assertThat(reasons).anyMatch(r -> r.startsWith("conversation zendesk-5158: resolvedAt"))
                        .anyMatch(r -> r.equals("the event's detail has no ticket id")));
    }

    @Test
    void theIncrementalExportBackfillsConversationsSurveysAndDeadLetters() {
        var response = backfill("zendesk", fixture("zendesk/incremental-export.json"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        // two tickets and one metric set; the second ticket's created_at is not a time
        assertThat(json(response).path("read").asInt()).isEqualTo(3);
        assertThat(json(response).path("stored").asInt()).isEqualTo(2);
        assertThat(json(response).path("deadLetters").asInt()).isEqualTo(1);
        // created 2009-07-20 22:55:29; first reply and solve 2 391 min later (143 460 s); rated bad; group 98738 = t-1
        var kpis = graphQl.documentName("connectorTicketKpis").variable("period", day("2009-07-20")).execute();
        kpis.path("kpis.conversations").entity(Integer.class).isEqualTo(1);
        kpis.path("kpis.replied").entity(Integer.class).isEqualTo(1);
        kpis.path("kpis.sad").entity(Integer.class).isEqualTo(1);
        assertThat(kpis.path("kpis.firstResponseTime.mean").entity(Double.class).get()).isCloseTo(143460.0, within(1e-6));
        assertThat(kpis.path("kpis.resolutionTime.mean").entity(Double.class).get()).isCloseTo(143460.0, within(1e-6));
        kpis.path("team.kpis.conversations").entity(Integer.class).isEqualTo(1);
        kpis.path("agent.kpis.conversations").entity(Integer.class).isEqualTo(0);
        // the survey is dated by the export's updated_at (2011-05-05): CSAT 0 % that day
        assertThat(graphQl.documentName("connectorTicketKpis").variable("period", day("2011-05-05")).execute()
                .path("kpis.csat").entity(Double.class).get()).isCloseTo(0.0, within(1e-9));
        graphQl.documentName("connectorDeadLetters").execute().path("connectorDeadLetters.letters[0].reason")
                .entity(String.class).isEqualTo("ticket created_at is not an ISO-8601 time with an offset: 20.07.2009 23:10");
    }
}
