package app.frontline.ui;

import app.frontline.metric.Unit;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.function.Consumer;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;

/**
 * The orders behind an agent's commerce numbers ({@code graphql-documents/agentOrders.graphql}):
 * all they created, or those charged back, refunded or cancelled in the period (then listed by that
 * event's time, one row per refund).
 */
class OrderList extends PagedList<OrderList.Row> {

    private static final String ANY = "ANY";
    private static final List<String> EVENTS = List.of(ANY, "chargeback", "refunded", "cancelled");

    record Data(@Nullable AgentData agent) {
    }

    record AgentData(Connection orders) {
    }

    record Connection(int totalCount, List<Edge> edges, ConversationList.PageInfo pageInfo) {
    }

    record Edge(Instant at, Node node) {
    }

    record Node(String id, String status, String customerEmail, BigDecimal total) {
    }

    /** An order with the time that placed it in the period. */
    record Row(Instant at, Node order) {
    }

    private final GraphQlClient client;
    private final String agentId;
    private final Filters filters;
    private final Select<String> event = new Select<>();

    record StatusData(@Nullable StatusCounts agent) {
    }

    record StatusCounts(Count approved, Count declined) {
    }

    record Count(int totalCount) {
    }

    /**
     * @param shown the event filter in the URL ({@code ?orders=refunded}), any order when absent
     * @param onChoice told the filter a person picks, to keep it in the URL
     */
    OrderList(GraphQlClient client, String agentId, Filters filters, ZoneId zone, Numbers numbers,
            @Nullable String shown, Consumer<@Nullable String> onChoice) {
        super("orders", "Orders");
        this.client = client;
        this.agentId = agentId;
        this.filters = filters;
        statusNote();
        grid.addColumn(r -> r.order().id()).setHeader("Id").setAutoWidth(true);
        grid.addColumn(r -> ConversationList.TIME.format(r.at().atZone(zone))).setHeader("At").setAutoWidth(true);
        grid.addColumn(r -> ConversationList.capitalised(r.order().status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(r -> r.order().customerEmail()).setHeader("Customer").setAutoWidth(true);
        grid.addColumn(r -> numbers.value(Unit.MONEY, r.order().total().doubleValue())).setHeader("Total")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);

        event.setId("filter-order-event");
        event.setLabel("Show");
        event.setItems(EVENTS);
        event.setItemLabelGenerator(v -> switch (v) {
            case "chargeback" -> "Charged back";
            case "refunded" -> "Refunded";
            case "cancelled" -> "Cancelled";
            default -> "Any order created";
        });
        event.setValue(shown != null && EVENTS.contains(shown) ? shown : ANY);
        event.addValueChangeListener(e -> {
            reload();
            if (e.isFromClient()) {
                onChoice.accept(ANY.equals(e.getValue()) ? null : e.getValue());
            }
        });
        addFilters(event);
    }

    /**
     * The Orders metric counts approved orders only, while this list shows declined ones too: say
     * how many of each, so "16 orders" above "18 of 18" adds up.
     */
    private void statusNote() {
        var request = client.documentName("agentOrderStatus").variable("id", agentId)
                .variable("period", filters.period());
        Queries.fetch(request, StatusData.class, "The order counts").map(StatusData::agent).ifPresent(c -> {
            int declined = c.declined().totalCount();
            var note = new Span(c.approved().totalCount() + " approved, " + declined + " declined"
                    + (declined == 0 ? "" : " (declined orders are listed but not counted in Orders or Revenue)"));
            note.setId("orders-status-note");
            note.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            add(note);
        });
    }

    @Override
    protected Optional<Page<Row>> fetch(@Nullable String after) {
        String chosen = event.getValue();
        Map<String, Object> filter = chosen == null || ANY.equals(chosen) ? Map.of() : Map.of(chosen, true);
        var request = client.documentName("agentOrders").variable("id", agentId).variable("period", filters.period())
                .variable("filter", filter).variable("first", PAGE_SIZE).variable("after", after);
        return Queries.fetch(request, Data.class, "The orders").map(Data::agent).map(AgentData::orders)
                .map(c -> new Page<>(c.totalCount(), c.edges().stream().map(e -> new Row(e.at(), e.node())).toList(),
                        c.pageInfo().hasNextPage(), c.pageInfo().endCursor()));
    }
}
