package app.frontline.connector;

import app.frontline.FixtureStore;
import app.frontline.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Both connectors switched on with the mappings of the fixtures (src/test/resources/connector: the
 * platforms' documented examples, each naming its source): Shopify staff 548380009 and order tag
 * {@code tag2} → agents a-1 and a-2; Zendesk group 8447320466430 and 98738 → team t-1, users
 * 8447388090494 → a-1 and 235323 → a-2; the order named by ticket field 27642 or an
 * {@code order_} tag. Webhooks go over real HTTP with signatures computed here, independently of
 * the product's own code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "frontline.connectors.shopify.secret=" + ConnectorTestSupport.SHOPIFY_SECRET,
        "frontline.connectors.shopify.staff-agents.548380009=a-1",
        "frontline.connectors.shopify.tag-agents.tag2=a-2",
        "frontline.connectors.zendesk.secret=" + ConnectorTestSupport.ZENDESK_SECRET,
        "frontline.connectors.zendesk.group-teams.8447320466430=t-1",
        "frontline.connectors.zendesk.group-teams.98738=t-1",
        "frontline.connectors.zendesk.user-agents.8447388090494=a-1",
        "frontline.connectors.zendesk.user-agents.235323=a-2",
        "frontline.connectors.zendesk.order-field=27642"})
@AutoConfigureHttpGraphQlTester
abstract class ConnectorTestSupport {

    static final String SHOPIFY_SECRET = "shpss_test_5f0c1d";
    static final String ZENDESK_SECRET = "dGhpcyBpcyBhIHNlY3JldA";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    FixtureStore fixtures;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void emptyStore() {
        fixtures.replaceWith("connector-directory.ndjson");
        for (String collection : List.of("connectorState", "connectorAliases", "connectorDeliveries", "connectorDeadLetters")) {
            mongo.getCollection(collection).deleteMany(new Document());
        }
    }

    static byte[] fixture(String path) {
        try (InputStream in = ConnectorTestSupport.class.getResourceAsStream("/connector/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String hmac(String secret, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/json");
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A backfill file, posted as the administrator. */
    HttpResponse<String> backfill(String platform, byte[] file) {
        return post("/api/connectors/" + platform + "/backfill", file, Map.of("Authorization", TestUsers.adminBasic()));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    Document stored(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", id)).first();
    }

    long count(String collection) {
        return mongo.getCollection(collection).countDocuments();
    }

    static Map<String, Object> day(String date) {
        return Map.of("from", date, "to", date, "timeZone", "UTC");
    }
}
