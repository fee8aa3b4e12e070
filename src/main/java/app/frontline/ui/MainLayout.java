package app.frontline.ui;

import app.frontline.security.Access;
import jakarta.annotation.security.PermitAll;
import app.frontline.security.Role;
import app.frontline.security.Viewer;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.Width;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The frame of every page: the app's name, the pages the signed-in user may open (an agent: their
 * own panel and the glossary), GraphiQL for trying the API, and who is signed in, with Sign out.
 */
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final RouterLink dashboard = new RouterLink("Dashboard", DashboardView.class);
    private final RouterLink agents = new RouterLink("Agents", AgentsView.class);

    MainLayout(AuthenticationContext authentication, Access access) {
        var title = new H1("Frontline");
        title.addClassNames(FontSize.LARGE, Margin.NONE);

        // GraphiQL is a plain page served by Spring MVC, not a Vaadin route: the router must let
        // the browser load it
        var graphiql = new Anchor("graphiql", "GraphiQL");
        graphiql.setRouterIgnore(true);
        graphiql.setTitle("Try the GraphQL API in the browser");

        var spacer = new Span();
        spacer.getStyle().set("flex-grow", "1");

        Viewer viewer = access.current().viewer();
        var bar = new Nav(title);
        if (viewer.is(Role.ADMIN) || viewer.is(Role.MANAGER)) {
            bar.add(new RouterLink("Overview", OverviewView.class), dashboard, agents,
                    new RouterLink("Trends", TrendsView.class), new RouterLink("Forecast", ForecastView.class),
                    new RouterLink("Benchmarks", BenchmarksView.class), new RouterLink("Digest", DigestView.class));
        }
        if (viewer.agentId() != null) {
            bar.add(new RouterLink("My performance", MyPerformanceView.class,
                    new RouteParameters("agentId", viewer.agentId())));
        }
        bar.add(new RouterLink("Glossary", GlossaryView.class));
        if (viewer.is(Role.ADMIN)) {
            bar.add(new RouterLink("API tokens", TokensView.class));
        }
        var user = new Span(viewer.name());
        user.setId("signed-in-user");
        user.addClassNames(FontSize.SMALL);
        var signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        bar.add(spacer, graphiql, user, signOut);
        // on a phone the links wrap onto a second line instead of sticking out sideways
        bar.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.CENTER, Gap.Column.LARGE, Gap.Row.XSMALL,
                Padding.Horizontal.MEDIUM, Padding.Vertical.XSMALL, Width.FULL);
        addToNavbar(bar);
        // the few pages fit in the navbar: no empty drawer taking a quarter of the screen
        setDrawerOpened(false);
    }

    /** Moving between the manager views keeps the period, zone, team and channel (not the columns). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Map<String, List<String>> params = new HashMap<>(event.getLocation().getQueryParameters().getParameters());
        params.remove("cols");
        var query = new QueryParameters(params);
        dashboard.setQueryParameters(query);
        agents.setQueryParameters(query);
    }
}
