package app.frontline.drilldown;

import app.frontline.agent.Agent;
import app.frontline.period.PeriodInput;
import app.frontline.period.Periods;
import app.frontline.team.Team;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The drill-down lists, on Query and, with the scope implied, on Team and Agent. */
@Controller
class DrilldownController {

    private final Periods periods;
    private final ConversationSearch conversations;
    private final OrderSearch orders;

    DrilldownController(Periods periods, ConversationSearch conversations, OrderSearch orders) {
        this.periods = periods;
        this.conversations = conversations;
        this.orders = orders;
    }

    @QueryMapping
    Connection<ConversationNode> conversations(@Argument PeriodInput period, @Argument @Nullable String teamId,
            @Argument @Nullable String agentId, @Argument @Nullable String channel,
            @Argument @Nullable ConversationFilter filter, @Argument @Nullable Integer first,
            @Argument @Nullable String after, DataFetchingFieldSelectionSet selection) {
        return conversations.search(periods.resolve(period), teamId, agentId, channel,
                Objects.requireNonNullElse(filter, ConversationFilter.NONE), page(first, after, selection));
    }

    @SchemaMapping(typeName = "Team", field = "conversations")
    Connection<ConversationNode> teamConversations(Team team, @Argument PeriodInput period,
            @Argument @Nullable String channel, @Argument @Nullable ConversationFilter filter,
            @Argument @Nullable Integer first, @Argument @Nullable String after, DataFetchingFieldSelectionSet selection) {
        return conversations(period, team.id(), null, channel, filter, first, after, selection);
    }

    @SchemaMapping(typeName = "Agent", field = "conversations")
    Connection<ConversationNode> agentConversations(Agent agent, @Argument PeriodInput period,
            @Argument @Nullable String channel, @Argument @Nullable ConversationFilter filter,
            @Argument @Nullable Integer first, @Argument @Nullable String after, DataFetchingFieldSelectionSet selection) {
        return conversations(period, null, agent.id(), channel, filter, first, after, selection);
    }

    @QueryMapping
    Connection<OrderNode> orders(@Argument PeriodInput period, @Argument @Nullable String teamId,
            @Argument @Nullable String agentId, @Argument @Nullable OrderFilter filter, @Argument @Nullable Integer first,
            @Argument @Nullable String after, DataFetchingFieldSelectionSet selection) {
        return orders.search(periods.resolve(period), teamId, agentId,
                Objects.requireNonNullElse(filter, OrderFilter.NONE), page(first, after, selection));
    }

    @SchemaMapping(typeName = "Team", field = "orders")
    Connection<OrderNode> teamOrders(Team team, @Argument PeriodInput period, @Argument @Nullable OrderFilter filter,
            @Argument @Nullable Integer first, @Argument @Nullable String after, DataFetchingFieldSelectionSet selection) {
        return orders(period, team.id(), null, filter, first, after, selection);
    }

    @SchemaMapping(typeName = "Agent", field = "orders")
    Connection<OrderNode> agentOrders(Agent agent, @Argument PeriodInput period, @Argument @Nullable OrderFilter filter,
            @Argument @Nullable Integer first, @Argument @Nullable String after, DataFetchingFieldSelectionSet selection) {
        return orders(period, null, agent.id(), filter, first, after, selection);
    }

    /** totalCount costs a count query, so it is computed only when the client selects it. */
    private static PageRequest page(@Nullable Integer first, @Nullable String after,
            DataFetchingFieldSelectionSet selection) {
        return PageRequest.of(first, after, selection.contains("totalCount"));
    }
}
