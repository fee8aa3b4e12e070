package app.frontline.connector;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
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
    static final String ALIASES = "connectorAliases";
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
            List<String> names = new ArrayList<>(refs.apply(state));
            Document next = new Document("_id", key).append("json", JSON.writeValueAsString(state))
                    .append("version", version + 1).append("refs", names).append("waiting", waiting.test(state));
            try {
                if (doc == null) {
                    collection.insertOne(next);
                    alias(key, List.of(), names);
                    return state;
                }
                if (collection.replaceOne(Filters.and(Filters.eq("_id", key), Filters.eq("version", version)), next,
                        new ReplaceOptions()).getMatchedCount() == 1) {
                    alias(key, doc.getList("refs", String.class, List.of()), names);
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

    /**
     * Keys of the views starting with the prefix that can also be found by the ref. Looked up by
     * {@code _id} in {@code connectorAliases} (the embedded store serves only {@code _id} and unique
     * indexes, so a query on the views' {@code refs} would scan every view for every ticket).
     */
    public List<String> keysWithRef(String prefix, String ref) {
        Document alias = mongo.getCollection(ALIASES).find(Filters.eq("_id", ref)).first();
        List<String> keys = alias == null ? List.of() : alias.getList("keys", String.class, List.of());
        return keys.stream().filter(k -> k.startsWith(prefix)).toList();
    }

    /** Records the view's new refs (written only when they change, e.g. when an order first arrives). */
    private void alias(String key, List<String> before, List<String> after) {
        for (String ref : after) {
            if (!before.contains(ref)) {
                mongo.getCollection(ALIASES).updateOne(Filters.eq("_id", ref), Updates.addToSet("keys", key),
                        new UpdateOptions().upsert(true));
            }
        }
    }

    /** Views that wait for the rest of their record. */
    public long waiting() {
        return mongo.getCollection(COLLECTION).countDocuments(Filters.eq("waiting", true));
    }
}
