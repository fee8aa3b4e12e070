package app.frontline.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.Width;

/** The frame of every page: the app's name, its pages, and GraphiQL for trying the API. */
class MainLayout extends AppLayout {

    MainLayout() {
        var title = new H1("Frontline");
        title.addClassNames(FontSize.LARGE, Margin.NONE);

        // GraphiQL is a plain page served by Spring MVC, not a Vaadin route: the router must let
        // the browser load it
        var graphiql = new Anchor("graphiql", "GraphiQL");
        graphiql.setRouterIgnore(true);
        graphiql.setTitle("Try the GraphQL API in the browser");

        var spacer = new Span();
        spacer.addClassNames(Width.FULL);

        var bar = new Nav(title, new RouterLink("Overview", OverviewView.class),
                new RouterLink("Trends", TrendsView.class), spacer, graphiql);
        bar.addClassNames(Display.FLEX, AlignItems.CENTER, Gap.MEDIUM, Padding.Horizontal.MEDIUM, Width.FULL);
        addToNavbar(bar);
        // the few pages fit in the navbar: no empty drawer taking a quarter of the screen
        setDrawerOpened(false);
    }
}
