package app.frontline.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Shopify end to end: signed order webhooks in, KPIs out through GraphQL. The order of the Admin
 * API example (#1001, $598.94, created 2008-01-10 16:00 UTC) is sent as its refund first (the
 * Refund example: $209.00 by staff 548380009 = agent a-1), then orders/create, then
 * orders/cancelled (cancelled 20:00 UTC). On 2008-01-10: 1 order, no CSR order (Shopify names no
 * creator and the order has no tag), revenue 598.94, 1 refund of 209.00 (a-1's), 1 cancel.
 */
class ShopifyWebhookTest extends ConnectorTestSupport {

    HttpResponse<String> shopify(String topic, String webhookId, byte[] body) {
        return post("/webhooks/shopify", body, Map.of("X-Shopify-Hmac-Sha256", hmac(SHOPIFY_SECRET, body),
                "X-Shopify-Topic", topic, "X-Shopify-Webhook-Id", webhookId,
                "X-Shopify-Shop-Domain", "jsmith.myshopify.com"));
    }

    @Test
    void aRefundBeforeItsOrderWaitsAndEverythingConvergesIntoTheKpis() {
        var refund = shopify("refunds/create", "wh-1", fixture("shopify/refund-509562969.json"));
        assertThat(refund.statusCode()).isEqualTo(200);
        assertThat(json(refund).path("status").asString()).isEqualTo("waiting");
        assertThat(count("orders")).isZero();

        assertThat(json(shopify("orders/create", "wh-2", fixture("shopify/order-450789469-create.json")))
                .path("status").asString()).isEqualTo("stored");
        assertThat(json(shopify("orders/cancelled", "wh-3", fixture("shopify/order-450789469-cancelled.json")))
                .path("status").asString()).isEqualTo("stored");
        // Shopify's retry of a delivery: the same webhook id, not handled twice
        assertThat(json(shopify("orders/cancelled", "wh-3", fixture("shopify/order-450789469-cancelled.json")))
                .path("status").asString()).isEqualTo("duplicate");
        // an older snapshot delivered late (another id): it cannot undo the cancel
        assertThat(json(shopify("orders/create", "wh-4", fixture("shopify/order-450789469-create.json")))
                .path("status").asString()).isEqualTo("stored");

        Document order = stored("orders", "shopify-450789469");
        assertThat(order.getString("status")).isEqualTo("approved");
        assertThat(order.getString("customerEmail")).isEqualTo("bob.norman@mail.example.com");
        assertThat(order.getList("refunds", Document.class)).hasSize(1);

        var kpis = graphQl.documentName("connectorOrderKpis").variable("period", day("2008-01-10")).execute();
        kpis.path("kpis.orders").entity(Integer.class).isEqualTo(1);
        kpis.path("kpis.csrOrders").entity(Integer.class).isEqualTo(0);
        assertThat(kpis.path("kpis.revenue").entity(BigDecimal.class).get()).isEqualByComparingTo("598.94");
        kpis.path("kpis.refundCount").entity(Integer.class).isEqualTo(1);
        assertThat(kpis.path("kpis.refundedRevenue").entity(BigDecimal.class).get()).isEqualByComparingTo("209.00");
        kpis.path("kpis.returnCount").entity(Integer.class).isEqualTo(0);
        kpis.path("kpis.cancelCount").entity(Integer.class).isEqualTo(1);
        kpis.path("a1.kpis.orders").entity(Integer.class).isEqualTo(0);
        kpis.path("a1.kpis.refundCount").entity(Integer.class).isEqualTo(1);
        assertThat(kpis.path("a1.kpis.refundedRevenue").entity(BigDecimal.class).get()).isEqualByComparingTo("209.00");

        graphQl.documentName("connectorDeadLetters").execute().path("connectorDeadLetters.count").entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void aBadSignatureIs401AndStoresNothing() {
        byte[] body = fixture("shopify/order-450789469-create.json");
        var forged = post("/webhooks/shopify", body, Map.of("X-Shopify-Hmac-Sha256", hmac("not-the-secret", body),
                "X-Shopify-Topic", "orders/create", "X-Shopify-Webhook-Id", "wh-forged"));
        var unsigned = post("/webhooks/shopify", body, Map.of("X-Shopify-Topic", "orders/create"));
        // the signature of another body: the raw bytes are what is signed
        var tampered = post("/webhooks/shopify", body, Map.of("X-Shopify-Hmac-Sha256",
                hmac(SHOPIFY_SECRET, fixture("shopify/order-450789469-cancelled.json")), "X-Shopify-Topic", "orders/create"));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(count("orders") + count("connectorState") + count("connectorDeadLetters")
                + count("connectorDeliveries")).isZero();
        // and the forged delivery id was not remembered: the real delivery is handled
        assertThat(json(shopify("orders/create", "wh-forged", body)).path("status").asString()).isEqualTo("stored");
    }

    @Test
    void anOrderThatCannotBeMappedLandsInTheDeadLettersWithItsReason() {
        var response = shopify("orders/create", "wh-5", fixture("shopify/order-without-email.json"));
        var notJson = shopify("orders/updated", "wh-6", "{\"id\": 1,".getBytes());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("status").asString()).isEqualTo("dead-letter");
        assertThat(notJson.statusCode()).isEqualTo(200);
        assertThat(count("orders")).isZero();
        var report = graphQl.documentName("connectorDeadLetters").execute();
        report.path("connectorDeadLetters.count").entity(Integer.class).isEqualTo(2);
        report.path("connectorDeadLetters.letters[*].source").entityList(String.class).containsExactly("shopify", "shopify");
        report.path("connectorDeadLetters.letters[*].reason").entityList(String.class)
                .satisfies(reasons -> assertThat(reasons).anyMatch(r -> r.contains("has no customer e-mail"))
                        .anyMatch(r -> r.startsWith("the body is not JSON")));
        report.path("connectorDeadLetters.letters[*].reference").entityList(String.class).contains("450789470");
        Document letter = mongo.getCollection("connectorDeadLetters").find(new Document("reference", "450789470")).first();
        assertThat(letter.getString("payload")).contains("\"order_number\"");
    }

    @Test
    void aBackfillOfAdminApiOrdersFeedsTheSameKpis() {
        var response = backfill("shopify", fixture("shopify/backfill-orders.json"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("read").asInt()).isEqualTo(3);
        assertThat(json(response).path("stored").asInt()).isEqualTo(2);
        assertThat(json(response).path("deadLetters").asInt()).isEqualTo(1);
        graphQl.documentName("connectorDeadLetters").execute().path("connectorDeadLetters.letters[0].reason")
                .entity(String.class).satisfies(r -> assertThat(r).startsWith("order shopify-450789471: total"));
        assertThat(stored("orders", "shopify-450789471")).isNull();
        var kpis = graphQl.documentName("connectorOrderKpis").variable("period", day("2008-01-10")).execute();
        kpis.path("kpis.orders").entity(Integer.class).isEqualTo(1);
        assertThat(kpis.path("kpis.revenue").entity(BigDecimal.class).get()).isEqualByComparingTo("598.94");
        kpis.path("kpis.refundCount").entity(Integer.class).isEqualTo(1);
        kpis.path("a1.kpis.refundCount").entity(Integer.class).isEqualTo(1);
        kpis.path("kpis.cancelCount").entity(Integer.class).isEqualTo(0);
        // the test notification's order was voided (declined: no order in the KPIs) and tagged tag2 (agent a-2)
        Document voided = stored("orders", "shopify-820982911946154508");
        assertThat(voided.getString("status")).isEqualTo("declined");
        assertThat(voided.getString("createdByAgentId")).isEqualTo("a-2");
        graphQl.documentName("connectorOrderKpis").variable("period", day("2022-01-01")).execute()
                .path("kpis.orders").entity(Integer.class).isEqualTo(0);
        // the same file again: the same numbers
        backfill("shopify", fixture("shopify/backfill-orders.json"));
        graphQl.documentName("connectorOrderKpis").variable("period", day("2008-01-10")).execute()
                .path("kpis.refundCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void aBackfillThatIsNotAnOrdersFileIsRefusedWithTheReason() {
        var response = backfill("shopify", "{\"tickets\": []}".getBytes());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("detail").asString()).contains("has no \"orders\" array");
    }
}
