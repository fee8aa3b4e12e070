package app.frontline.follow;

import org.bson.BsonDocument;

/**
 * A place in the store's change stream (its resume token, as JSON): everything up to it has been
 * delivered to the listeners. A snapshot of derived state taken with this position can be brought
 * current again with {@link ChangeFollower#restart}.
 */
public record ChangePosition(String token) {

    static ChangePosition of(BsonDocument token) {
        return new ChangePosition(token.toJson());
    }

    BsonDocument resumeToken() {
        return BsonDocument.parse(token);
    }
}
