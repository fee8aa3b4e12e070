package app.frontline.drilldown;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A stored conversation as the GraphQL {@code Conversation} type shows it; team, assignee and
 * orders are resolved in batches by {@link ConversationFieldsController}.
 */
record ConversationNode(String id, String channel, @Nullable String customerEmail, @Nullable String teamId,
        @Nullable String assigneeAgentId, OffsetDateTime createdAt, @Nullable OffsetDateTime firstReplyAt,
        @Nullable OffsetDateTime resolvedAt, @Nullable OffsetDateTime archivedAt, @Nullable Integer handleSeconds,
        @Nullable String rating, List<String> tags, List<Offer> offers) {

    static ConversationNode of(Document d) {
        return new ConversationNode(d.get("_id").toString(),
                Objects.requireNonNullElse(Stored.enumValue(d.getString("channel")), "EMAIL"),
                d.getString("customerEmail"), d.getString("teamId"), d.getString("assigneeAgentId"),
                Objects.requireNonNull(Stored.dateTime(d, "createdAt")), Stored.dateTime(d, "firstReplyAt"),
                Stored.dateTime(d, "resolvedAt"), Stored.dateTime(d, "archivedAt"),
                d.get("handleSeconds") instanceof Number n ? n.intValue() : null,
                Stored.enumValue(d.getString("rating")), Stored.strings(d, "tags"),
                Stored.documents(d, "offers").stream()
                        .map(o -> new Offer(Objects.requireNonNullElse(Stored.enumValue(o.getString("kind")), "UPSELL"),
                                Boolean.TRUE.equals(o.get("accepted"))))
                        .toList());
    }

    /** firstReplyAt − createdAt in seconds, as the first-response-time metric measures it. */
    public @Nullable Double firstResponseSeconds() {
        return firstReplyAt == null ? null : Duration.between(createdAt, firstReplyAt).toMillis() / 1000.0;
    }

    record Offer(String kind, boolean accepted) {
    }
}
