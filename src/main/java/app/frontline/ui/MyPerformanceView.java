package app.frontline.ui;

import app.frontline.metric.Unit;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;
import reactor.core.Disposable;

/**
 * An agent's own panel (seed 001): acquisition, retention, ratings, archived, replied, on time,
 * first response time and CSAT, for the agent or their team, today or this week
 * ({@code ?scope=team&when=week}). Until there is a login, the agent is the one in the URL.
 * Today's numbers follow imports live (the {@code todayKpis} subscription and server push).
 */
@PermitAll
@Route(value = "me/:agentId", layout = MainLayout.class)
@PageTitle("My performance · Frontline")
class MyPerformanceView extends VerticalLayout implements BeforeEnterObserver {

    enum Scope {
        PERSONAL("Personal"), TEAM("Team");

        final String label;

        Scope(String label) {
            this.label = label;
        }
    }

    enum When {
        TODAY("Today", "TODAY", "today"), WEEK("This week", "THIS_WEEK", "this week");

        final String label;
        final String preset;
        final String phrase;

        When(String label, String preset, String phrase) {
            this.label = label;
            this.preset = preset;
            this.phrase = phrase;
        }
    }

    private final GraphQlClient client;
    private final CurrencySettings currency;

    MyPerformanceView(GraphQlClient uiGraphQlClient, CurrencySettings currency) {
        this.client = uiGraphQlClient;
        this.currency = currency;
        setMaxWidth("60rem");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    record Data(@Nullable AgentData agent) {
    }

    record AgentData(String id, String name, @Nullable TeamData team, Api.Kpis kpis) {
    }

    record TeamData(String id, String name, Api.Kpis kpis) {
    }

    /** The live subscription of a today view; null for this week or before the view is shown. */
    private @Nullable Disposable live;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("agentId").orElse("");
        QueryParameters query = event.getLocation().getQueryParameters();
        Scope scope = "team".equals(query.getSingleParameter("scope").orElse("")) ? Scope.TEAM : Scope.PERSONAL;
        When when = "week".equals(query.getSingleParameter("when").orElse("")) ? When.WEEK : When.TODAY;
        render(id, scope, when);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopLive();
    }

    private void render(String id, Scope scope, When when) {
        stopLive();
        removeAll();
        var request = client.documentName("myPerformance").variable("id", id)
                .variable("period", Map.of("preset", when.preset));
        AgentData agent = Queries.fetch(request, Data.class, "Your performance").map(Data::agent).orElse(null);
        if (agent == null) {
            add(new H2("My performance"), new Notice("no-agent", "No such agent", "there is no agent with id " + id + "."));
            return;
        }
        var title = new H2(agent.name());
        title.setId("me-name");
        Api.Kpis kpis = scope == Scope.TEAM && agent.team() != null ? agent.team().kpis() : agent.kpis();
        var caption = new Span((scope == Scope.TEAM && agent.team() != null ? "Team " + agent.team().name()
                : "Personal" + (agent.team() == null ? "" : " · team " + agent.team().name()))
                + (kpis.period() == null ? "" : " · " + kpis.period().describe()));
        caption.setId("me-caption");
        caption.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        add(title, caption, new Switches(scope, when, agent.team() != null, (s, w) -> navigate(id, s, w)));
        Double conversations = kpis.value("conversations");
        Panel panel = conversations == null || conversations == 0 ? null : new Panel(kpis, currency.numbers(getLocale()));
        add(panel != null ? panel : new Notice("no-data", "No conversations yet " + when.phrase, ""));
        if (when == When.TODAY) {
            boolean team = scope == Scope.TEAM && agent.team() != null;
            startLive(team ? Map.of("teamId", agent.team().id()) : Map.of("agentId", agent.id()), panel,
                    () -> render(id, scope, when));
        }
    }

    /**
     * Follows today's numbers: each push updates the cards in place; the first conversation of the
     * day, arriving while "No conversations yet" shows, renders the panel afresh.
     */
    private void startLive(Map<String, Object> scopeVariables, @Nullable Panel panel, Runnable rerender) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        var request = client.documentName("myPerformanceLive");
        scopeVariables.forEach(request::variable);
        live = request.executeSubscription()
                .filter(response -> response.isValid() && response.getErrors().isEmpty())
                .map(response -> response.field("todayKpis").toEntity(Map.class))
                .subscribe(values -> ui.access(() -> {
                    if (panel != null) {
                        panel.update(values);
                    } else if (values.get("conversations") instanceof Number n && n.intValue() > 0) {
                        rerender.run();
                    }
                }), error -> { });
    }

    private void stopLive() {
        if (live != null) {
            live.dispose();
            live = null;
        }
    }

    private void navigate(String id, Scope scope, When when) {
        Map<String, String> query = new LinkedHashMap<>();
        if (scope == Scope.TEAM) {
            query.put("scope", "team");
        }
        if (when == When.WEEK) {
            query.put("when", "week");
        }
        getUI().ifPresent(ui -> ui.navigate(MyPerformanceView.class, new RouteParameters("agentId", id),
                QueryParameters.simple(query)));
    }

    /** Seed 001's two switches: personal or team, today or this week. */
    private static final class Switches extends Div {
        interface Change {
            void to(Scope scope, When when);
        }

        Switches(Scope scope, When when, boolean hasTeam, Change onChange) {
            addClassNames(Display.FLEX, FlexWrap.WRAP, Gap.Column.XLARGE);
            var scopes = new RadioButtonGroup<Scope>();
            scopes.setId("scope");
            scopes.setItems(Scope.values());
            scopes.setItemLabelGenerator(s -> s.label);
            scopes.setItemEnabledProvider(s -> s == Scope.PERSONAL || hasTeam);
            scopes.setValue(scope);
            var whens = new RadioButtonGroup<When>();
            whens.setId("when");
            whens.setItems(When.values());
            whens.setItemLabelGenerator(w -> w.label);
            whens.setValue(when);
            scopes.setLabel("Numbers of");
            whens.setLabel("Period");
            scopes.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.to(e.getValue(), whens.getValue());
                }
            });
            whens.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.to(scopes.getValue(), e.getValue());
                }
            });
            add(scopes, whens);
        }
    }

    /** The numbers as cards in seed 001's groups: sales won, ratings, work done, speed and satisfaction. */
    private static final class Panel extends Div {
        private static final Map<String, List<String>> GROUPS = Map.of(
                "Sales in conversations", List.of("acquisitionRevenue", "acquisitionRate", "retentionRevenue",
                        "retentionRate"),
                "Ratings", List.of("happy", "neutral", "sad"),
                "Handled", List.of("conversations", "replied", "archived", "onTimeRate"),
                "Speed and satisfaction", List.of("firstResponseTime", "csat"));
        private static final List<String> ORDER = List.of("Sales in conversations", "Ratings", "Handled",
                "Speed and satisfaction");

        /** The value of each card by metric key, and its unit, for live updates. */
        private final Map<String, Span> values = new LinkedHashMap<>();
        private final Map<String, Unit> units = new LinkedHashMap<>();
        /**
         * The narrowest a card gets, per group: money and durations need the room of "€1,234.50" or
         * "1 h 2 min" on one line; the ratings' three counts share a 390 px phone's row.
         */
        private static final Map<String, String> MIN_WIDTH = Map.of("Sales in conversations", "10rem",
                "Ratings", "6.5rem", "Handled", "6.5rem", "Speed and satisfaction", "10rem");
        private final Numbers numbers;

        Panel(Api.Kpis kpis, Numbers numbers) {
            this.numbers = numbers;
            setId("me-panel");
            for (String group : ORDER) {
                var heading = new H3(group);
                heading.addClassNames(FontSize.MEDIUM, Margin.Top.MEDIUM, Margin.Bottom.SMALL);
                var cards = new Div();
                cards.addClassNames(Display.GRID, Gap.SMALL);
                // auto-fit: a group's few cards share the whole width on a desktop instead of leaving
                // empty columns beside narrow cards
                cards.getStyle().set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, "
                        + MIN_WIDTH.get(group) + "), 1fr))");
                GROUPS.get(group).forEach(key -> cards.add(card(metric(kpis, key))));
                add(heading, cards);
            }
        }

        /** New values as todayKpis pushes them: numbers, and durations as {@code { mean }}. */
        void update(Map<?, ?> pushed) {
            values.forEach((key, span) -> {
                Object value = pushed.get(key) instanceof Map<?, ?> stats ? stats.get("mean") : pushed.get(key);
                Unit unit = units.get(key);
                if (unit != null && pushed.containsKey(key)) {
                    span.setText(numbers.value(unit, value instanceof Number n ? n.doubleValue() : null));
                }
            });
        }

        private Div card(Api.Metric metric) {
            var card = new Div();
            card.addClassNames("me-card", Display.FLEX, FlexDirection.COLUMN, Background.CONTRAST_5, BorderRadius.LARGE,
                    Padding.SMALL);
            var label = new Span(metric.label());
            label.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            var value = new Span(numbers.value(metric.unit(), metric.value()));
            value.getStyle().set("white-space", "nowrap");
            value.setId("me-" + metric.key());
            values.put(metric.key(), value);
            if (metric.unit() != null) {
                units.put(metric.key(), metric.unit());
            }
            value.addClassNames(FontSize.XLARGE, FontWeight.SEMIBOLD);
            card.add(label, value);
            return card;
        }

        private static Api.Metric metric(Api.Kpis kpis, String key) {
            return kpis.metrics().stream().filter(m -> m.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("myPerformance.graphql does not ask for " + key));
        }
    }
}
