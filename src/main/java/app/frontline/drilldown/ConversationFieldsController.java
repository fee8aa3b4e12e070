package app.frontline.drilldown;

import app.frontline.agent.Agent;
import app.frontline.team.Team;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * Conversation.team, .assignee and .orders: one query each for a whole page (or for every
 * conversation in the response), not one per row.
 */
@Controller
class ConversationFieldsController {

    private final MongoTemplate mongo;

    ConversationFieldsController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @BatchMapping(typeName = "Conversation")
    Map<ConversationNode, @Nullable Team> team(List<ConversationNode> conversations) {
        Map<String, Team> byId = byId(conversations.stream().map(ConversationNode::teamId), Team.class, Team::id);
        Map<ConversationNode, @Nullable Team> result = new HashMap<>();
        conversations.forEach(c -> result.put(c, c.teamId() == null ? null : byId.get(c.teamId())));
        return result;
    }

    @BatchMapping(typeName = "Conversation")
    Map<ConversationNode, @Nullable Agent> assignee(List<ConversationNode> conversations) {
        Map<String, Agent> byId = byId(conversations.stream().map(ConversationNode::assigneeAgentId), Agent.class,
                Agent::id);
        Map<ConversationNode, @Nullable Agent> result = new HashMap<>();
        conversations.forEach(c -> result.put(c, c.assigneeAgentId() == null ? null : byId.get(c.assigneeAgentId())));
        return result;
    }

    @BatchMapping(typeName = "Conversation")
    Map<ConversationNode, List<OrderNode>> orders(List<ConversationNode> conversations) {
        List<String> ids = conversations.stream().map(ConversationNode::id).distinct().toList();
        Map<String, List<OrderNode>> byConversation = new HashMap<>();
        mongo.getCollection("orders").find(new Document("conversationId", new Document("$in", ids)))
                .sort(new Document("createdAt", 1).append("_id", 1))
                .forEach(o -> byConversation.computeIfAbsent(o.getString("conversationId"), k -> new ArrayList<>())
                        .add(OrderNode.of(o)));
        Map<ConversationNode, List<OrderNode>> result = new HashMap<>();
        conversations.forEach(c -> result.put(c, byConversation.getOrDefault(c.id(), List.of())));
        return result;
    }

    private <T> Map<String, T> byId(java.util.stream.Stream<@Nullable String> ids, Class<T> type,
            Function<T, String> id) {
        List<String> wanted = ids.filter(Objects::nonNull).map(Objects::requireNonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(wanted)), type).stream()
                .collect(Collectors.toMap(id, Function.identity()));
    }
}
