package app.frontline.connector;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/**
 * Delivery ids already handled (Shopify's {@code X-Shopify-Webhook-Id}, Zendesk's event id): both
 * platforms deliver at least once, and a retried delivery of an old snapshot must not be taken for
 * news. An id is remembered only after its delivery was handled, so a delivery that failed half-way
 * is handled again when the platform retries it.
 */
@Service
public class Deliveries {

    static final String COLLECTION = "connectorDeliveries";

    private final MongoOperations mongo;

    Deliveries(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public boolean seen(String source, String deliveryId) {
        return mongo.getCollection(COLLECTION).find(Filters.eq("_id", source + ":" + deliveryId)).first() != null;
    }

    public void remember(String source, String deliveryId) {
        mongo.getCollection(COLLECTION).replaceOne(Filters.eq("_id", source + ":" + deliveryId),
                new Document("_id", source + ":" + deliveryId).append("at", Date.from(Instant.now())),
                new ReplaceOptions().upsert(true));
    }
}
