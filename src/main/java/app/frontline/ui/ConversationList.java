package app.frontline.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;

/**
 * The conversations behind an agent's numbers ({@code graphql-documents/agentConversations.graphql}),
 * filtered by rating and by whether they were replied to.
 */
class ConversationList extends PagedList<ConversationList.Row> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final String ANY = "ANY";

    record Data(@Nullable AgentData agent) {
    }

    record AgentData(Connection conversations) {
    }

    record Connection(int totalCount, List<Edge> edges, PageInfo pageInfo) {
    }

    record Edge(Row node) {
    }

    record PageInfo(boolean hasNextPage, @Nullable String endCursor) {
    }

    record Row(String id, String channel, Instant createdAt, @Nullable Double firstResponseSeconds,
            @Nullable String rating, @Nullable Instant archivedAt) {
    }

    private final GraphQlClient client;
    private final String agentId;
    private final Filters filters;
    private final Select<String> rated = new Select<>();
    private final Select<String> replied = new Select<>();

    /**
     * @param shown the filters in the URL ({@code rated}, {@code replied}); any when absent
     * @param onChoice told a filter a person picks (its URL name and value, null for any)
     */
    ConversationList(GraphQlClient client, String agentId, Filters filters, ZoneId zone, Map<String, String> shown,
            BiConsumer<String, @Nullable String> onChoice) {
        super("conversations", "Conversations");
        this.client = client;
        this.agentId = agentId;
        this.filters = filters;
        grid.addColumn(Row::id).setHeader("Id").setAutoWidth(true);
        grid.addColumn(r -> TIME.format(r.createdAt().atZone(zone))).setHeader("Started").setAutoWidth(true);
        grid.addColumn(r -> capitalised(r.channel())).setHeader("Channel").setAutoWidth(true);
        grid.addColumn(r -> r.firstResponseSeconds() == null ? "not replied" : Formats.duration(r.firstResponseSeconds()))
                .setHeader("First reply after").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.rating() == null ? "" : capitalised(r.rating())).setHeader("Rating").setAutoWidth(true);
        grid.addColumn(r -> r.archivedAt() == null ? "" : "archived").setHeader("Archived").setAutoWidth(true);

        rated.setId("filter-rated");
        rated.setLabel("Rated");
        rated.setItems(ANY, "HAPPY", "NEUTRAL", "SAD");
        rated.setItemLabelGenerator(v -> ANY.equals(v) ? "Any" : capitalised(v));
        rated.setValue(List.of("HAPPY", "NEUTRAL", "SAD").contains(shown.getOrDefault("rated", ANY)) ? shown.get("rated") : ANY);
        replied.setId("filter-replied");
        replied.setLabel("Replied");
        replied.setItems(ANY, "YES", "NO");
        replied.setItemLabelGenerator(v -> ANY.equals(v) ? "Any" : capitalised(v));
        replied.setValue(List.of("YES", "NO").contains(shown.getOrDefault("replied", ANY)) ? shown.get("replied") : ANY);
        rated.addValueChangeListener(e -> {
            reload();
            if (e.isFromClient()) {
                onChoice.accept("rated", ANY.equals(e.getValue()) ? null : e.getValue());
            }
        });
        replied.addValueChangeListener(e -> {
            reload();
            if (e.isFromClient()) {
                onChoice.accept("replied", ANY.equals(e.getValue()) ? null : e.getValue());
            }
        });
        addFilters(rated, replied);
    }

    @Override
    protected Optional<Page<Row>> fetch(@Nullable String after) {
        Map<String, Object> filter = new LinkedHashMap<>();
        if (rated.getValue() != null && !ANY.equals(rated.getValue())) {
            filter.put("rated", rated.getValue());
        }
        if (replied.getValue() != null && !ANY.equals(replied.getValue())) {
            filter.put("replied", "YES".equals(replied.getValue()));
        }
        var request = client.documentName("agentConversations").variable("id", agentId)
                .variable("period", filters.period()).variable("channel", filters.channel())
                .variable("filter", filter).variable("first", PAGE_SIZE).variable("after", after);
        return Queries.fetch(request, Data.class, "The conversations").map(Data::agent).map(AgentData::conversations)
                .map(c -> new Page<>(c.totalCount(), c.edges().stream().map(Edge::node).toList(),
                        c.pageInfo().hasNextPage(), c.pageInfo().endCursor()));
    }

    static String capitalised(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
    }
}
