package app.frontline.ui;

import jakarta.annotation.security.RolesAllowed;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.MetricDefinition;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;

/**
 * One agent's scorecard for the period next to their team's ({@code graphql-documents/agent.graphql}),
 * then a metric's weekly trend and the conversations and orders behind the numbers.
 */
@RolesAllowed({"ADMIN", "MANAGER"})
@Route(value = "agents/:agentId", layout = MainLayout.class)
@PageTitle("Agent · Frontline")
class AgentView extends VerticalLayout implements BeforeEnterObserver {

    private static final List<String> KEYS = MetricCatalogue.all().stream().map(MetricDefinition::key).toList();

    /** The page's own URL parameters besides the filters: the trend metric and the drill-down filters. */
    static final List<String> OWN_PARAMETERS = List.of("metric", "rated", "replied", "orders");

    private final GraphQlClient client;
    private final CurrencySettings currency;
    /** This page's own parameters as they stand, kept in the URL as a person changes them. */
    private final Map<String, String> own = new LinkedHashMap<>();

    AgentView(GraphQlClient uiGraphQlClient, CurrencySettings currency) {
        this.client = uiGraphQlClient;
        this.currency = currency;
        setMaxWidth("60rem");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    record Data(@Nullable AgentData agent) {
    }

    record AgentData(String id, String name, boolean active, @Nullable TeamData team, Api.Kpis kpis) {
    }

    record TeamData(String id, String name, Api.Kpis kpis) {
    }

    /** One line of the scorecard. */
    record Line(Api.Metric metric, @Nullable Double team) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("agentId").orElse("");
        QueryParameters query = event.getLocation().getQueryParameters();
        Filters filters = Filters.parse(query);
        own.clear();
        OWN_PARAMETERS.forEach(name -> query.getSingleParameter(name).ifPresent(v -> own.put(name, v)));
        removeAll();
        var back = new RouterLink("← All agents", AgentsView.class);
        back.setQueryParameters(filters.withColumns(List.of()).toQuery());
        add(back);
        var request = client.documentName("agent").variable("id", id).variable("period", filters.period())
                .variable("channel", filters.channel()).variable("keys", KEYS);
        Data data = Queries.fetch(request, Data.class, "The agent").orElse(null);
        if (data == null) {
            return;
        }
        AgentData agent = data.agent();
        if (agent == null) {
            add(new Notice("no-agent", "No such agent", "there is no agent with id " + id + "."));
            return;
        }
        var title = new H2(agent.name() + (agent.active() ? "" : " (left)"));
        title.setId("agent-name");
        Api.PeriodInfo period = agent.kpis().period();
        var caption = new Span((agent.team() == null ? "No team" : "Team " + agent.team().name())
                + (period == null ? "" : " · " + period.describe()) + (filters.channel() == null ? "" : " · " + filters.channel()));
        caption.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        var asAgent = new RouterLink("Open as agent", MyPerformanceView.class, new RouteParameters("agentId", agent.id()));
        asAgent.setId("open-as-agent");
        asAgent.getElement().setAttribute("title", "What " + agent.name() + " sees: today and this week, personal or team");
        add(title, caption, asAgent);
        // the period (and zone, channel) of the scorecard; the team stays in the URL for the way back
        add(new FilterBar(filters, period == null ? filters.zone() : period.timeZone(), List.of(),
                f -> getUI().ifPresent(ui -> ui.navigate("agents/" + agent.id(), withOwn(f)))));
        if (agent.kpis().isEmpty()) {
            add(new Notice("no-data", Notice.NO_DATA, ""));
            return;
        }
        Numbers numbers = currency.numbers(getLocale());
        add(new Scorecard(agent, numbers));
        if (period != null) {
            ZoneId zone = ZoneId.of(period.timeZone());
            add(new AgentTrend(client, agent.id(), filters, period, agent.kpis().metrics(), numbers, own.get("metric"),
                    metric -> keepInUrl(agent.id(), filters, "metric", metric)),
                    new ConversationList(client, agent.id(), filters, zone, own,
                            (name, value) -> keepInUrl(agent.id(), filters, name, value)),
                    new OrderList(client, agent.id(), filters, zone, numbers, own.get("orders"),
                            value -> keepInUrl(agent.id(), filters, "orders", value)));
        }
    }

    /**
     * A chosen trend metric or drill-down filter joins the URL (null leaves it), so a reload or a
     * bookmark shows the same chart and lists.
     */
    private void keepInUrl(String agentId, Filters filters, String name, @Nullable String value) {
        if (value == null) {
            own.remove(name);
        } else {
            own.put(name, value);
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "agents/" + agentId + "?" + withOwn(filters).getQueryString()));
    }

    private QueryParameters withOwn(Filters filters) {
        Map<String, List<String>> query = new LinkedHashMap<>(filters.toQuery().getParameters());
        own.forEach((k, v) -> query.put(k, List.of(v)));
        return new QueryParameters(query);
    }

    /** Metric, the agent's value and previous value, and the team's value: every catalogue metric. */
    private static final class Scorecard extends Grid<Line> {
        Scorecard(AgentData agent, Numbers numbers) {
            setId("scorecard");
            addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            addColumn(l -> l.metric().label()).setHeader("Metric").setFrozen(true).setAutoWidth(true);
            addColumn(l -> numbers.value(l.metric().unit(), l.metric().value())).setHeader(agent.name())
                    .setKey("agent").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            addColumn(l -> numbers.value(l.metric().unit(), l.metric().previous())).setHeader("Previous period")
                    .setKey("previous").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            addColumn(l -> numbers.value(l.metric().unit(), l.team()))
                    .setHeader(agent.team() == null ? "Team" : agent.team().name()).setKey("team")
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
            setTooltipGenerator(l -> l.metric().definition() == null ? ""
                    : l.metric().definition().description());
            setItems(agent.kpis().metrics().stream()
                    .map(m -> new Line(m, agent.team() == null ? null : agent.team().kpis().value(m.key()))).toList());
            setAllRowsVisible(true);
        }
    }
}
