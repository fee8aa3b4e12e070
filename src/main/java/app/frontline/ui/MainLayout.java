package app.frontline.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
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

/** The frame of every page: the app's name, its pages, and GraphiQL for trying the API. */
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final RouterLink dashboard = new RouterLink("Dashboard", DashboardView.class);
    private final RouterLink agents = new RouterLink("Agents", AgentsView.class);

    MainLayout() {
        var title = new H1("Frontline");
        title.addClassNames(FontSize.LARGE, Margin.NONE);

        // GraphiQL is a plain page served by Spring MVC, not a Vaadin route: the router must let
        // the browser load it
        var graphiql = new Anchor("graphiql", "GraphiQL");
        graphiql.setRouterIgnore(true);
        graphiql.setTitle("Try the GraphQL API in the browser");

        var spacer = new Span();
        spacer.getStyle().set("flex-grow", "1");

        var bar = new Nav(title, new RouterLink("Overview", OverviewView.class),
                dashboard, agents, new RouterLink("Trends", TrendsView.class),
                new RouterLink("Forecast", ForecastView.class), new RouterLink("Benchmarks", BenchmarksView.class),
                new RouterLink("Glossary", GlossaryView.class), spacer, graphiql);
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
