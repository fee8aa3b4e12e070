package app.frontline.drilldown;

import app.frontline.agent.Agent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Order.createdBy and Order.conversation: one query each for all orders in the response. */
@Controller
class OrderFieldsController {

    private final MongoTemplate mongo;

    OrderFieldsController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @BatchMapping(typeName = "Order")
    Map<OrderNode, @Nullable Agent> createdBy(List<OrderNode> orders) {
        List<String> ids = orders.stream().map(OrderNode::createdByAgentId).filter(Objects::nonNull).distinct().toList();
        Map<String, Agent> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(ids)), Agent.class).forEach(a -> byId.put(a.id(), a));
        }
        Map<OrderNode, @Nullable Agent> result = new HashMap<>();
        orders.forEach(o -> result.put(o, o.createdByAgentId() == null ? null : byId.get(o.createdByAgentId())));
        return result;
    }

    @BatchMapping(typeName = "Order")
    Map<OrderNode, @Nullable ConversationNode> conversation(List<OrderNode> orders) {
        List<String> ids = orders.stream().map(OrderNode::conversationId).filter(Objects::nonNull).distinct().toList();
        Map<String, ConversationNode> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            mongo.getCollection("conversations").find(new Document("_id", new Document("$in", ids)))
                    .forEach(d -> byId.put(d.get("_id").toString(), ConversationNode.of(d)));
        }
        Map<OrderNode, @Nullable ConversationNode> result = new HashMap<>();
        orders.forEach(o -> result.put(o, o.conversationId() == null ? null : byId.get(o.conversationId())));
        return result;
    }
}
