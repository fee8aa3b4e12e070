package app.frontline.metric;

import app.frontline.metric.Facts.ConnectedOrder;
import app.frontline.metric.Facts.Conversation;
import app.frontline.metric.Facts.CreatedOrder;
import app.frontline.metric.Facts.Directory;
import app.frontline.metric.Facts.Login;
import app.frontline.metric.Facts.OrderAction;
import app.frontline.metric.Facts.Survey;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the facts of a time window with as few commands as the selection allows: one pass over
 * orders for everything that happened to them in the window, one over conversations, one over
 * surveys (plus their conversations), one over logins, and, only for the metrics that need to know
 * whether a customer is new, one over the customers' order history. The number of commands does
 * not depend on how many agents or teams are asked for.
 *
 * <p>Only operators that both mongo-java-server and MongoDB 7+ support are used (plain finds,
 * $match, $group with $push); everything else is computed in Java.
 */
@Component
class FactLoader {

    private static final int BATCH = 10_000;

    private final MongoTemplate mongo;

    /**
     * Above this many ids a filter by {@code $in} is dropped for one scan filtered in Java: the
     * embedded server tests {@code $in} by walking its list, so a long list costs documents × ids
     * (measured on the demo store: 2,000 customer keys made the history query 2.5 s, the scan 1.3 s).
     */
    private final int maxIn;

    FactLoader(MongoTemplate mongo, @Value("${frontline.metrics.max-in-list:200}") int maxIn) {
        this.mongo = mongo;
        this.maxIn = maxIn;
    }

    /**
     * Facts with the {@code wanted} sources: those already in {@code base} (read for the same window
     * with the {@code have} sources) are kept, only the missing ones are read.
     */
    Facts extend(Instant start, Instant end, @Nullable Facts base, Set<Source> have, Set<Source> wanted) {
        Set<Source> missing = EnumSet.noneOf(Source.class);
        missing.addAll(wanted);
        missing.removeAll(have);
        Directory directory = base != null ? base.directory() : directory();
        List<CreatedOrder> created = base != null ? new ArrayList<>(base.createdOrders()) : new ArrayList<>();
        List<OrderAction> actions = base != null ? new ArrayList<>(base.actions()) : new ArrayList<>();
        if (missing.stream().anyMatch(s -> s.ordinal() <= Source.CANCELS.ordinal())) {
            orders(start, end, missing, created, actions);
        }
        List<Conversation> conversations = missing.contains(Source.CONVERSATIONS) ? conversations(start, end)
                : base != null ? base.conversations() : List.of();
        Map<String, List<ConnectedOrder>> connected = missing.contains(Source.CONNECTED_ORDERS)
                ? connectedOrders(conversations) : base != null ? base.connectedOrders() : Map.of();
        List<Survey> surveys = missing.contains(Source.SURVEYS) ? surveys(start, end)
                : base != null ? base.surveys() : List.of();
        List<Login> logins = missing.contains(Source.LOGINS) ? logins(start, end)
                : base != null ? base.logins() : List.of();
        Map<String, long[]> history = base != null ? base.customerHistory() : Map.of();
        boolean customersChanged = missing.contains(Source.CREATED_ORDERS) || missing.contains(Source.CONNECTED_ORDERS);
        if (wanted.contains(Source.CUSTOMER_HISTORY) && (missing.contains(Source.CUSTOMER_HISTORY) || customersChanged)) {
            Set<String> customers = new HashSet<>();
            created.forEach(o -> customers.add(o.customerKey()));
            connected.values().forEach(list -> list.forEach(o -> customers.add(o.customerKey())));
            history = customerHistory(customers);
        }
        return new Facts(directory, created, actions, logins, conversations, surveys, connected, history);
    }

    /** The tags carried by the scope's conversations started in the window, sorted. */
    List<String> tags(Instant start, Instant end, Scope scope) {
        Document match = new Document("createdAt", range(start, end));
        switch (scope.kind()) {
            case TEAM -> match.append("teamId", scope.id());
            case AGENT -> match.append("assigneeAgentId", scope.id());
            case STORE -> { }
        }
        if (scope.slice() != null && scope.slice().dimension() == Scope.Slice.Dimension.CHANNEL) {
            match.append("channel", scope.slice().value());
        }
        List<String> tags = new ArrayList<>();
        collection("conversations").distinct("tags", match, String.class).into(tags);
        tags.sort(null);
        return tags;
    }

    Directory directory() {
        Map<String, String> teamOfAgent = new HashMap<>();
        Set<String> active = new HashSet<>();
        for (Document agent : collection("agents").find()
                .projection(new Document("teamId", 1).append("active", 1))) {
            String id = agent.get("_id").toString();
            if (agent.getString("teamId") != null) {
                teamOfAgent.put(id, agent.getString("teamId"));
            }
            if (!Boolean.FALSE.equals(agent.get("active"))) {
                active.add(id);
            }
        }
        Map<String, Integer> sla = new HashMap<>();
        for (Document team : collection("teams").find().projection(new Document("slaFirstReplyMinutes", 1))) {
            if (team.get("slaFirstReplyMinutes") instanceof Number minutes) {
                sla.put(team.get("_id").toString(), minutes.intValue());
            }
        }
        return new Directory(teamOfAgent, active, sla);
    }

    private void orders(Instant start, Instant end, Set<Source> sources, List<CreatedOrder> created,
            List<OrderAction> actions) {
        List<Bson> when = new ArrayList<>();
        Document fields = new Document();
        if (sources.contains(Source.CREATED_ORDERS)) {
            when.add(new Document("createdAt", range(start, end)).append("status", "approved"));
            for (String f : List.of("status", "createdAt", "customerKey", "total", "cogs", "createdByAgentId",
                    "rebillDiscount", "retryDiscount", "deliveredAt")) {
                fields.append(f, 1);
            }
        }
        if (sources.contains(Source.REFUNDS)) {
            when.add(new Document("refunds.at", range(start, end)));
            fields.append("refunds", 1);
        }
        if (sources.contains(Source.RETURNS)) {
            when.add(new Document("returns.at", range(start, end)));
            fields.append("returns", 1);
        }
        if (sources.contains(Source.CHARGEBACKS)) {
            when.add(new Document("chargeback.at", range(start, end)));
            fields.append("chargeback", 1).append("total", 1).append("createdByAgentId", 1);
        }
        if (sources.contains(Source.REPROCESSES)) {
            when.add(new Document("reprocessedAt", range(start, end)));
            fields.append("reprocessedAt", 1).append("reprocessedByAgentId", 1);
        }
        if (sources.contains(Source.CANCELS)) {
            when.add(new Document("cancelledAt", range(start, end)));
            fields.append("cancelledAt", 1).append("cancelledByAgentId", 1);
        }
        Document match = when.size() == 1 ? (Document) when.get(0) : new Document("$or", when);
        for (Document order : collection("orders").find(match).projection(fields).batchSize(BATCH)) {
            FactMapping.OrderFacts facts = FactMapping.order(order);
            CreatedOrder c = facts.created();
            if (sources.contains(Source.CREATED_ORDERS) && c != null && within(c.createdAt(), start, end)) {
                created.add(c);
            }
            for (OrderAction action : facts.actions()) {
                if (sources.contains(Source.of(action.kind())) && within(action.at(), start, end)) {
                    actions.add(action);
                }
            }
        }
    }

    private List<Conversation> conversations(Instant start, Instant end) {
        Document match = new Document("createdAt", range(start, end));
        Document fields = new Document("createdAt", 1).append("channel", 1).append("tags", 1).append("teamId", 1)
                .append("assigneeAgentId", 1)
                .append("firstReplyAt", 1).append("resolvedAt", 1).append("archivedAt", 1)
                .append("handleSeconds", 1).append("rating", 1).append("offers", 1);
        List<Conversation> rows = new ArrayList<>();
        for (Document c : collection("conversations").find(match).projection(fields).batchSize(BATCH)) {
            Conversation conversation = FactMapping.conversation(c);
            if (conversation != null) {
                rows.add(conversation);
            }
        }
        return rows;
    }

    private Map<String, List<ConnectedOrder>> connectedOrders(List<Conversation> conversations) {
        Map<String, List<ConnectedOrder>> byConversation = new HashMap<>();
        if (conversations.isEmpty()) {
            return byConversation;
        }
        Set<String> ids = new HashSet<>();
        conversations.forEach(c -> ids.add(c.id()));
        Document match = new Document("status", "approved").append("conversationId",
                ids.size() <= maxIn ? new Document("$in", new ArrayList<>(ids)) : new Document("$exists", true));
        Document fields = new Document("status", 1).append("conversationId", 1).append("customerKey", 1)
                .append("createdAt", 1).append("total", 1);
        for (Document o : collection("orders").find(match).projection(fields).batchSize(BATCH)) {
            FactMapping.OrderFacts order = FactMapping.order(o);
            if (order.connected() != null && ids.contains(order.conversationId())) {
                byConversation.computeIfAbsent(order.conversationId(), k -> new ArrayList<>()).add(order.connected());
            }
        }
        return byConversation;
    }

    private List<Survey> surveys(Instant start, Instant end) {
        List<Document> answers = new ArrayList<>();
        Set<String> conversationIds = new LinkedHashSet<>();
        Document fields = new Document("conversationId", 1).append("kind", 1).append("score", 1).append("at", 1);
        for (Document s : collection("surveys").find(new Document("at", range(start, end))).projection(fields)
                .batchSize(BATCH)) {
            answers.add(s);
            if (s.getString("conversationId") != null) {
                conversationIds.add(s.getString("conversationId"));
            }
        }
        Map<String, Document> conversations = new HashMap<>();
        if (!conversationIds.isEmpty()) {
            Document convFields = new Document("teamId", 1).append("assigneeAgentId", 1).append("channel", 1)
                    .append("tags", 1);
            // by _id, in chunks: the _id index finds each chunk's documents, and the embedded server
            // then tests each of them against the chunk's list, so a chunk stays short
            List<String> ids = new ArrayList<>(conversationIds);
            for (int from = 0; from < ids.size(); from += maxIn) {
                Document match = new Document("_id",
                        new Document("$in", ids.subList(from, Math.min(ids.size(), from + maxIn))));
                for (Document c : collection("conversations").find(match).projection(convFields).batchSize(BATCH)) {
                    conversations.put(c.get("_id").toString(), c);
                }
            }
        }
        List<Survey> rows = new ArrayList<>();
        for (Document s : answers) {
            FactMapping.SurveyAnswer answer = FactMapping.survey(s);
            if (answer == null) {
                continue;
            }
            Document conversation = answer.conversationId() == null ? null : conversations.get(answer.conversationId());
            rows.add(new Survey(answer.at(), answer.kind(), answer.score(),
                    conversation == null ? null : conversation.getString("teamId"),
                    conversation == null ? null : conversation.getString("assigneeAgentId"),
                    conversation == null ? null : conversation.getString("channel"),
                    conversation == null ? List.of() : FactMapping.strings(conversation, "tags")));
        }
        return rows;
    }

    private List<Login> logins(Instant start, Instant end) {
        List<Login> rows = new ArrayList<>();
        Document fields = new Document("agentId", 1).append("at", 1);
        for (Document l : collection("logins").find(new Document("at", range(start, end))).projection(fields)
                .batchSize(BATCH)) {
            Login login = FactMapping.login(l);
            if (login != null) {
                rows.add(login);
            }
        }
        return rows;
    }

    /** Every approved order's time of the given customers, sorted, in one aggregation. */
    private Map<String, long[]> customerHistory(Set<String> customers) {
        Map<String, long[]> history = new HashMap<>();
        if (customers.isEmpty()) {
            return history;
        }
        Document match = new Document("status", "approved");
        if (customers.size() <= maxIn) {
            match.append("customerKey", new Document("$in", new ArrayList<>(customers)));
        }
        List<Document> pipeline = List.of(new Document("$match", match),
                new Document("$group", new Document("_id", "$customerKey")
                        .append("at", new Document("$push", "$createdAt"))));
        for (Document group : collection("orders").aggregate(pipeline).allowDiskUse(true).batchSize(BATCH)) {
            if (!customers.contains(String.valueOf(group.get("_id")))) {
                continue;
            }
            List<?> times = group.getList("at", Object.class);
            long[] sorted = new long[times.size()];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = ((Date) times.get(i)).getTime();
            }
            java.util.Arrays.sort(sorted);
            history.put(String.valueOf(group.get("_id")), sorted);
        }
        return history;
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }

    private static Document range(Instant start, Instant end) {
        return new Document("$gte", Date.from(start)).append("$lt", Date.from(end));
    }

    private static boolean within(Instant at, Instant start, Instant end) {
        return !at.isBefore(start) && at.isBefore(end);
    }
}
