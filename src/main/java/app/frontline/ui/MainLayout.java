package app.frontline.ui;

import app.frontline.security.Access;
import jakarta.annotation.security.PermitAll;
import app.frontline.security.Role;
import app.frontline.security.Viewer;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Overflow;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextOverflow;
import com.vaadin.flow.theme.lumo.LumoUtility.Whitespace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The frame of every page: the app's name, who is signed in and Sign out in the header; the pages
 * the signed-in user may open (an agent: their own panel and the glossary) and GraphiQL in the
 * drawer beside the content. On a narrow screen (a phone) the drawer folds away behind the menu
 * button (AppLayout's overlay mode), so the header stays one line and the page keeps the width.
 */
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNavItem dashboard = new SideNavItem("Dashboard", DashboardView.class);
    private final SideNavItem agents = new SideNavItem("Agents", AgentsView.class);

    MainLayout(AuthenticationContext authentication, Access access) {
        Viewer viewer = access.current().viewer();
        addToNavbar(header(viewer, authentication));
        addToDrawer(menu(viewer));
        setPrimarySection(Section.NAVBAR);
    }

    private static Span header(Viewer viewer, AuthenticationContext authentication) {
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        toggle.setId("menu-toggle");
        var title = new H1("Frontline");
        title.addClassNames(FontSize.LARGE, Margin.NONE);
        var spacer = new Span();
        spacer.getStyle().set("flex-grow", "1");
        var user = new Span(viewer.name());
        user.setId("signed-in-user");
        user.addClassNames(FontSize.SMALL, Overflow.HIDDEN, TextOverflow.ELLIPSIS, Whitespace.NOWRAP);
        user.getStyle().set("min-width", "0");
        var signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var bar = new Span(toggle, title, spacer, user, signOut);
        bar.setId("app-header");
        bar.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                .set("width", "100%").set("min-width", "0");
        bar.addClassNames(Padding.End.MEDIUM);
        return bar;
    }

    private SideNav menu(Viewer viewer) {
        var nav = new SideNav();
        nav.setId("app-menu");
        if (viewer.is(Role.ADMIN) || viewer.is(Role.MANAGER)) {
            nav.addItem(item("overview", new SideNavItem("Overview", OverviewView.class)), item("dashboard", dashboard),
                    item("agents", agents), item("trends", new SideNavItem("Trends", TrendsView.class)),
                    item("forecast", new SideNavItem("Forecast", ForecastView.class)),
                    item("benchmarks", new SideNavItem("Benchmarks", BenchmarksView.class)),
                    item("digest", new SideNavItem("Digest", DigestView.class)));
        }
        if (viewer.agentId() != null) {
            nav.addItem(item("me", new SideNavItem("My performance", MyPerformanceView.class,
                    new RouteParameters("agentId", viewer.agentId()))));
        }
        nav.addItem(item("glossary", new SideNavItem("Glossary", GlossaryView.class)));
        if (viewer.is(Role.ADMIN)) {
            nav.addItem(item("tokens", new SideNavItem("API tokens", TokensView.class)));
        }
        // GraphiQL is a plain page served by Spring MVC, not a Vaadin route: the router must let
        // the browser load it
        var graphiql = item("graphiql", new SideNavItem("GraphiQL (API explorer)", "graphiql"));
        graphiql.setRouterIgnore(true);
        graphiql.setTooltipText("Try the GraphQL API in the browser (made for a desktop screen)");
        nav.addItem(graphiql);
        nav.addClassNames(Padding.Horizontal.SMALL, Padding.Vertical.SMALL);
        return nav;
    }

    private static SideNavItem item(String id, SideNavItem item) {
        item.setId("nav-" + id);
        return item;
    }

    /**
     * Moving between the manager views keeps the period, zone, team and channel (not the columns);
     * on a phone the menu folds away again once a page is chosen.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Map<String, List<String>> params = new HashMap<>(event.getLocation().getQueryParameters().getParameters());
        params.remove("cols");
        var query = new QueryParameters(params);
        dashboard.setQueryParameters(query);
        agents.setQueryParameters(query);
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }
}
