package app.frontline.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import app.frontline.security.Access;
import app.frontline.security.Role;
import app.frontline.security.Viewer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.client.GraphQlClientException;

/** What the store holds: record counts, then every team with its agents. One GraphQL query. */
@PermitAll
@Route(value = "", layout = MainLayout.class)
@PageTitle("Overview · Frontline")
class OverviewView extends VerticalLayout implements BeforeEnterObserver {

    private final GraphQlClient uiGraphQlClient;
    private final Access access;

    OverviewView(GraphQlClient uiGraphQlClient, Access access) {
        this.uiGraphQlClient = uiGraphQlClient;
        this.access = access;
        setMaxWidth("72rem");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    /** An agent's start page is their own panel: the store's counts are not theirs to see. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Viewer viewer = access.current().viewer();
        if (viewer.is(Role.AGENT) && viewer.agentId() != null) {
            event.forwardTo(MyPerformanceView.class, new RouteParameters("agentId", viewer.agentId()));
            return;
        }
        removeAll();
        add(new H2("Overview"));
        Overview overview;
        try {
            overview = uiGraphQlClient.documentName("overview").executeSync().toEntity(Overview.class);
        } catch (GraphQlClientException ex) {
            add(new Notice("problem", "The overview could not be loaded", ex.getMessage()));
            return;
        }
        if (overview == null || overview.isEmpty()) {
            add(new Notice("empty-state", "No data yet", "import an NDJSON file (POST /api/import) with your teams, "
                    + "agents, conversations, surveys and orders, then reload this page."));
            return;
        }
        add(new CountCards(overview.recordCounts()), new H3("Teams"));
        overview.teams().forEach(team -> add(new TeamCard(team)));
    }

    /** The shape of {@code graphql-documents/overview.graphql}'s result. */
    record Overview(Counts recordCounts, List<TeamRow> teams) {
        boolean isEmpty() {
            return teams.isEmpty() && recordCounts.total() == 0;
        }
    }

    record Counts(int teams, int agents, int logins, int conversations, int surveys, int orders) {
        long total() {
            return (long) teams + agents + logins + conversations + surveys + orders;
        }
    }

    record TeamRow(String id, String name, String timeZone, int slaFirstReplyMinutes, List<AgentRow> agents) {
    }

    record AgentRow(String id, String name, @Nullable String email, boolean active) {
    }

    /** A message in place of the page's content: an empty store, or a query that failed. */
    private static final class Notice extends Paragraph {
        Notice(String id, String title, @Nullable String text) {
            setId(id);
            var strong = new Span(title);
            strong.addClassNames(FontWeight.SEMIBOLD);
            add(strong, new Text(text == null ? "" : " — " + text));
            addClassNames(Background.CONTRAST_5, BorderRadius.LARGE, Padding.LARGE, Margin.NONE);
        }
    }

    /** One small card per collection: a grid of as many equal columns as fit (two on a phone). */
    private static final class CountCards extends Div {
        CountCards(Counts counts) {
            setId("record-counts");
            addClassNames(Display.GRID, Gap.MEDIUM);
            getStyle().set("grid-template-columns", "repeat(auto-fit, minmax(9rem, 1fr))");
            add(card("teams", "Teams", counts.teams()), card("agents", "Agents", counts.agents()),
                    card("logins", "Logins", counts.logins()),
                    card("conversations", "Conversations", counts.conversations()),
                    card("surveys", "Surveys", counts.surveys()), card("orders", "Orders", counts.orders()));
        }

        private static Component card(String key, String label, int value) {
            var number = new Span(String.format("%,d", value));
            number.addClassNames(FontSize.XXLARGE, FontWeight.SEMIBOLD);
            var caption = new Span(label);
            caption.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            var card = new Div(number, caption);
            card.setId("count-" + key);
            card.addClassNames(Display.FLEX, FlexDirection.COLUMN, Background.CONTRAST_5, BorderRadius.LARGE, Padding.MEDIUM);
            return card;
        }
    }

    /** A team's settings and its agents; agents who have left are marked, not hidden. */
    private static final class TeamCard extends Div {
        TeamCard(TeamRow team) {
            addClassNames("team-card", Background.CONTRAST_5, BorderRadius.LARGE, Padding.MEDIUM);
            var name = new H3(team.name());
            name.addClassNames(FontSize.LARGE, Margin.NONE);
            var facts = new Span(team.timeZone() + " · first reply within " + team.slaFirstReplyMinutes()
                    + " min · " + team.agents().size() + (team.agents().size() == 1 ? " agent" : " agents"));
            facts.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
            var agents = new UnorderedList();
            agents.addClassNames(Margin.Vertical.SMALL);
            team.agents().forEach(a -> agents.add(agent(a)));
            add(name, facts, agents);
        }

        private static ListItem agent(AgentRow agent) {
            var item = new ListItem(new Span(agent.name()));
            if (agent.email() != null) {
                var email = new Span(" " + agent.email());
                email.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
                item.add(email);
            }
            if (!agent.active()) {
                var inactive = new Span("inactive");
                inactive.addClassNames(FontSize.XSMALL, TextColor.ERROR, Margin.Left.SMALL);
                item.add(inactive);
                item.addClassNames(TextColor.SECONDARY);
            }
            return item;
        }
    }
}
