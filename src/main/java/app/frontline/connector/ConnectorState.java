package app.frontline.connector;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each connector's own view of the records it feeds (an order with its refunds by id, a ticket with
 * its first public agent reply), kept as JSON in {@code connectorState} so that webhook events
 * arriving in any order, or twice, merge into the same result. Updates are optimistic (a version
 * per view, retried on conflict) so two deliveries for one order at the same moment lose nothing.
 */
@Service
public class ConnectorState {

    static final String COLLECTION = "connectorState";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ATTEMPTS = 20;

    private final MongoOperations mongo;

    ConnectorState(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The view under the key, or an empty object. */
    public ObjectNode read(String key) {
        Document doc = mongo.getCollection(COLLECTION).find(Filters.eq("_id", key)).first();
        return doc == null ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(doc.getString("json"));
    }

    /**
     * Applies the change to the stored view (an empty object when there is none) and stores it.
     *
     * @param refs other names the view can be found by ({@link #keysWithRef})
     * @param waiting whether the view cannot make a valid record yet (counted in the admin report)
     * @return the view as stored
     */
    public ObjectNode update(String key, Consumer<ObjectNode> change, Function<ObjectNode, List<String>> refs,
            Predicate<ObjectNode> waiting) {
        var collection = mongo.getCollection(COLLECTION);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document doc = collection.find(Filters.eq("_id", key)).first();
            ObjectNode state = doc == null ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(doc.getString("json"));
            change.accept(state);
            long version = doc == null ? 0 : doc.get("version", Number.class).longValue();
            Document next = new Document("_id", key).append("json", JSON.writeValueAsString(state))
                    .append("version", version + 1).append("refs", new ArrayList<>(refs.apply(state)))
                    .append("waiting", waiting.test(state));
            try {
                if (doc == null) {
                    collection.insertOne(next);
                    return state;
                }
                if (collection.replaceOne(Filters.and(Filters.eq("_id", key), Filters.eq("version", version)), next,
                        new ReplaceOptions()).getMatchedCount() == 1) {
                    return state;
                }
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                // another delivery created the view first: merge into theirs
            }
        }
        throw new IllegalStateException("the connector view " + key + " kept changing under " + ATTEMPTS + " attempts");
    }

    /** Keys of the views starting with the prefix that can also be found by the ref. */
    public List<String> keysWithRef(String prefix, String ref) {
        List<String> keys = new ArrayList<>();
        mongo.getCollection(COLLECTION).find(Filters.eq("refs", ref)).projection(new Document("_id", 1))
                .forEach(d -> {
                    String id = d.getString("_id");
                    if (id.startsWith(prefix)) {
                        keys.add(id);
                    }
                });
        return keys;
    }

    /** Views that wait for the rest of their record. */
    public long waiting() {
        return mongo.getCollection(COLLECTION).countDocuments(Filters.eq("waiting", true));
    }
}
