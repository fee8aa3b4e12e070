package app.frontline.drilldown;

import app.frontline.period.Period;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The conversations a conversation metric counts: created in the period, in the scope (the
 * conversation's own teamId, its assigneeAgentId), narrowed by the filter, as store-side conditions.
 */
@Component
class ConversationSearch {

    private static final int DEFAULT_SLA_MINUTES = 60;

    private final MongoTemplate mongo;

    ConversationSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Connection<ConversationNode> search(Period period, @Nullable String teamId, @Nullable String agentId,
            @Nullable String channel, ConversationFilter filter, PageRequest page) {
        List<Document> c = new ArrayList<>();
        c.add(new Document("createdAt", Stored.range(period.start(), period.end())));
        if (teamId != null) {
            c.add(new Document("teamId", teamId));
        }
        if (agentId != null) {
            c.add(new Document("assigneeAgentId", agentId));
        }
        if (channel != null) {
            c.add(new Document("channel", Stored.storedValue(channel)));
        }
        if (filter.rated() != null) {
            c.add(new Document("rating", Stored.storedValue(filter.rated())));
        }
        present(c, "firstReplyAt", filter.replied());
        present(c, "resolvedAt", filter.resolved());
        present(c, "archivedAt", filter.archived());
        if (filter.tag() != null) {
            c.add(new Document("tags", filter.tag()));
        }
        if (filter.onTime() != null) {
            present(c, "firstReplyAt", true);
            c.add(onTime(filter.onTime()));
        }
        if (filter.hasOrder() != null) {
            List<String> connected = connected(c);
            c.add(new Document("_id", new Document(filter.hasOrder() ? "$in" : "$nin", connected)));
        }
        return StorePager.page(conversations(), c, "createdAt", page, ConversationNode::of, d -> null);
    }

    private static void present(List<Document> c, String field, @Nullable Boolean present) {
        if (present != null) {
            c.add(new Document(field, new Document("$exists", present)));
        }
    }

    /**
     * Replied within (or, for false, after) the conversation's team SLA. Teams are grouped by SLA so
     * the condition is one clause per distinct SLA, whatever the number of teams; conversations
     * without a (loaded) team fall in the default 60-minute clause.
     */
    private Document onTime(boolean onTime) {
        Map<Integer, List<String>> teamsBySla = new HashMap<>();
        for (Document team : mongo.getCollection("teams").find().projection(new Document("slaFirstReplyMinutes", 1))) {
            int sla = team.get("slaFirstReplyMinutes") instanceof Number n ? n.intValue() : DEFAULT_SLA_MINUTES;
            teamsBySla.computeIfAbsent(sla, k -> new ArrayList<>()).add(team.get("_id").toString());
        }
        List<String> notDefault = new ArrayList<>();
        List<Document> clauses = new ArrayList<>();
        teamsBySla.forEach((sla, teams) -> {
            if (sla != DEFAULT_SLA_MINUTES) {
                notDefault.addAll(teams);
                clauses.add(new Document("teamId", new Document("$in", teams)).append("$expr", replyWithin(sla, onTime)));
            }
        });
        clauses.add(new Document("teamId", new Document("$nin", notDefault))
                .append("$expr", replyWithin(DEFAULT_SLA_MINUTES, onTime)));
        return new Document("$or", clauses);
    }

    private static Document replyWithin(int minutes, boolean onTime) {
        return new Document(onTime ? "$lte" : "$gt", List.of(
                new Document("$subtract", List.of("$firstReplyAt", "$createdAt")), minutes * 60_000L));
    }

    /** Of the conversations matching so far, those an approved order names (two reads, any size). */
    private List<String> connected(List<Document> conditions) {
        List<String> candidates = new ArrayList<>();
        conversations().find(StorePager.and(conditions)).projection(new Document("_id", 1))
                .forEach(d -> candidates.add(d.get("_id").toString()));
        if (candidates.isEmpty()) {
            return candidates;
        }
        List<String> connected = new ArrayList<>();
        mongo.getCollection("orders").distinct("conversationId", new Document("status", "approved")
                .append("conversationId", new Document("$in", candidates)), String.class).into(connected);
        return connected;
    }

    private MongoCollection<Document> conversations() {
        return mongo.getCollection("conversations");
    }
}
