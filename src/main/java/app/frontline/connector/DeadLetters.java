package app.frontline.connector;

import com.mongodb.client.model.Sorts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/**
 * Payloads a connector could not turn into records, kept whole with the reason so that nothing a
 * platform sent is lost silently; the administrator sees their count and reasons
 * ({@code connectorDeadLetters} in GraphQL) and can fix the mapping and send them again.
 */
@Service
public class DeadLetters {

    static final String COLLECTION = "connectorDeadLetters";
    /** Longer payloads are kept cut (a dead letter must never fail to be written). */
    static final int MAX_PAYLOAD_CHARS = 256 * 1024;

    private final MongoOperations mongo;
    private final Clock clock;

    DeadLetters(MongoOperations mongo) {
        this.mongo = mongo;
        this.clock = Clock.systemUTC();
    }

    /**
     * One payload that could not be stored.
     *
     * @param source {@code shopify} or {@code zendesk}
     * @param topic the platform's event name (e.g. {@code orders/create}) or the backfill's
     * @param reference the platform's id of the thing, when it could be read
     * @param reason what went wrong, in words
     * @param receivedAt when it arrived
     */
    public record DeadLetter(String source, String topic, @Nullable String reference, String reason, OffsetDateTime receivedAt) {
    }

    public void add(String source, String topic, @Nullable String reference, String reason, byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        boolean cut = text.length() > MAX_PAYLOAD_CHARS;
        mongo.getCollection(COLLECTION).insertOne(new Document("source", source).append("topic", topic)
                .append("reference", reference).append("reason", reason)
                .append("receivedAt", Date.from(clock.instant()))
                .append("payload", cut ? text.substring(0, MAX_PAYLOAD_CHARS) : text).append("payloadCut", cut));
    }

    public long count() {
        return mongo.getCollection(COLLECTION).countDocuments();
    }

    /** The newest dead letters first. */
    public List<DeadLetter> latest(int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        mongo.getCollection(COLLECTION).find().sort(Sorts.descending("receivedAt", "_id")).limit(limit)
                .forEach(d -> letters.add(new DeadLetter(d.getString("source"), d.getString("topic"),
                        d.getString("reference"), d.getString("reason"), d.getDate("receivedAt").toInstant().atOffset(ZoneOffset.UTC))));
        return letters;
    }
}
