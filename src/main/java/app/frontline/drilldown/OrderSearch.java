package app.frontline.drilldown;

import app.frontline.BadRequestException;
import app.frontline.drilldown.Connection.Edge;
import app.frontline.period.Period;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The orders a commerce metric counts. The filter picks the event that places an order in the
 * period and the agent it is attributed to ({@link Timing}); team scope is the set of the team's
 * agents. Single-valued times are paged by the store; refunds and returns, which are arrays, are
 * cut into one edge per event here (see package-info, decision 2).
 */
@Component
class OrderSearch {

    /** Which time places an order in the period and whose agent it counts for. */
    enum Timing {
        CREATED("createdAt", "createdByAgentId"),
        REFUND("refunds", "byAgentId"),
        RETURN("returns", "byAgentId"),
        CHARGEBACK("chargeback.at", "createdByAgentId"),
        CANCEL("cancelledAt", "cancelledByAgentId"),
        REPROCESS("reprocessedAt", "reprocessedByAgentId");

        final String time;
        final String agent;

        Timing(String time, String agent) {
            this.time = time;
            this.agent = agent;
        }

        boolean events() {
            return this == REFUND || this == RETURN;
        }

        static Timing of(OrderFilter f) {
            List<Timing> chosen = new ArrayList<>();
            add(chosen, f.refunded(), REFUND);
            add(chosen, Boolean.TRUE.equals(f.returned()) || Boolean.TRUE.equals(f.rma()), RETURN);
            add(chosen, f.chargeback(), CHARGEBACK);
            add(chosen, f.cancelled(), CANCEL);
            add(chosen, f.reprocessed(), REPROCESS);
            if (chosen.size() > 1) {
                throw new BadRequestException("filter: set at most one of refunded, returned/rma, chargeback, "
                        + "cancelled, reprocessed to true; each places orders in the period by a different time");
            }
            return chosen.isEmpty() ? CREATED : chosen.getFirst();
        }

        private static void add(List<Timing> chosen, @Nullable Boolean flag, Timing timing) {
            if (Boolean.TRUE.equals(flag)) {
                chosen.add(timing);
            }
        }
    }

    private final MongoTemplate mongo;

    OrderSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Connection<OrderNode> search(Period period, @Nullable String teamId, @Nullable String agentId, OrderFilter filter,
            PageRequest page) {
        Timing timing = Timing.of(filter);
        Set<String> agents = agents(teamId, agentId);
        List<Document> c = new ArrayList<>();
        Document range = Stored.range(period.start(), period.end());
        if (timing.events()) {
            Document event = new Document("at", range);
            if (timing == Timing.RETURN && filter.rma() != null) {
                event.append("rma", filter.rma());
            }
            if (agents != null) {
                event.append("byAgentId", new Document("$in", List.copyOf(agents)));
            }
            c.add(new Document(timing.time, new Document("$elemMatch", event)));
        } else {
            c.add(new Document(timing.time, range));
            if (agents != null) {
                c.add(new Document(timing.agent, new Document("$in", List.copyOf(agents))));
            }
        }
        if (filter.status() != null) {
            c.add(new Document("status", Stored.storedValue(filter.status())));
        }
        never(c, "refunds", filter.refunded());
        never(c, "returns", filter.returned());
        if (Boolean.FALSE.equals(filter.rma()) && timing != Timing.RETURN) {
            c.add(new Document("returns.rma", new Document("$ne", true)));
        }
        never(c, "chargeback", filter.chargeback());
        never(c, "cancelledAt", filter.cancelled());
        never(c, "reprocessedAt", filter.reprocessed());
        if (filter.newCustomer() != null) {
            c.add(new Document("status", "approved"));
            c.add(new Document("_id", new Document("$in", customerOrders(c, filter.newCustomer()))));
        }
        if (!timing.events()) {
            return StorePager.page(orders(), c, timing.time, page, OrderNode::of, d -> d.getString(timing.agent));
        }
        return events(c, timing, period, filter.rma(), agents, page);
    }

    /** An event filter set to false: the order never had that event. */
    private static void never(List<Document> c, String field, @Nullable Boolean flag) {
        if (Boolean.FALSE.equals(flag)) {
            c.add(new Document(field, new Document("$exists", false)));
        }
    }

    /** The agents whose events count, or null for the whole store. */
    private @Nullable Set<String> agents(@Nullable String teamId, @Nullable String agentId) {
        if (teamId == null) {
            return agentId == null ? null : Set.of(agentId);
        }
        Set<String> team = new HashSet<>();
        mongo.getCollection("agents").find(new Document("teamId", teamId)).projection(new Document("_id", 1))
                .forEach(a -> team.add(a.get("_id").toString()));
        if (agentId != null) {
            team.retainAll(Set.of(agentId));
        }
        return team;
    }

    /**
     * Of the approved orders matching so far, the ids of new-customer orders (no approved order of
     * the customer created earlier; equal times both count as new, as in the metrics) or of the
     * others: the candidates, then their customers' first order time in one $group.
     */
    private List<String> customerOrders(List<Document> conditions, boolean newCustomer) {
        List<Document> candidates = new ArrayList<>();
        orders().find(StorePager.and(conditions)).projection(new Document("customerKey", 1).append("createdAt", 1))
                .into(candidates);
        Set<String> customers = new HashSet<>();
        candidates.forEach(o -> customers.add(String.valueOf(o.getString("customerKey"))));
        Map<String, Date> first = new HashMap<>();
        if (!customers.isEmpty()) {
            orders().aggregate(List.of(
                    new Document("$match", new Document("status", "approved")
                            .append("customerKey", new Document("$in", List.copyOf(customers)))),
                    new Document("$group", new Document("_id", "$customerKey")
                            .append("first", new Document("$min", "$createdAt")))))
                    .forEach(g -> first.put(String.valueOf(g.get("_id")), g.getDate("first")));
        }
        List<String> ids = new ArrayList<>();
        for (Document o : candidates) {
            Date earliest = first.get(String.valueOf(o.getString("customerKey")));
            boolean isNew = earliest == null || !earliest.before(o.getDate("createdAt"));
            if (isNew == newCustomer) {
                ids.add(o.get("_id").toString());
            }
        }
        return ids;
    }

    /** One edge per refund or return in the period (and scope), sorted and paged here. */
    private Connection<OrderNode> events(List<Document> conditions, Timing timing, Period period,
            @Nullable Boolean rma, @Nullable Set<String> agents, PageRequest page) {
        List<Edge<OrderNode>> all = new ArrayList<>();
        for (Document d : orders().find(StorePager.and(conditions))) {
            OrderNode node = OrderNode.of(d);
            List<Document> events = Stored.documents(d, timing.time);
            for (int i = 0; i < events.size(); i++) {
                Document e = events.get(i);
                Instant at = Stored.instant(e, "at");
                String by = e.getString("byAgentId");
                if (at == null || !period.contains(at)
                        || (agents != null && (by == null || !agents.contains(by)))
                        || (timing == Timing.RETURN && rma != null && rma != Boolean.TRUE.equals(e.get("rma")))) {
                    continue;
                }
                all.add(new Edge<>(new Cursor(at, node.id(), i), node, by));
            }
        }
        all.sort((a, b) -> Cursor.ORDER.compare(a.position(), b.position()));
        Cursor after = page.after();
        List<Edge<OrderNode>> rest = after == null ? all
                : all.stream().filter(e -> e.position().isAfter(after)).toList();
        return Connection.of(rest.subList(0, Math.min(rest.size(), page.first() + 1)), page,
                page.countTotal() ? all.size() : null);
    }

    private MongoCollection<Document> orders() {
        return mongo.getCollection("orders");
    }
}
