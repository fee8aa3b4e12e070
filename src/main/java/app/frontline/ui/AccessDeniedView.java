package app.frontline.ui;

import app.frontline.security.Access;
import app.frontline.security.Role;
import app.frontline.security.Viewer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every refusal, of a page (Vaadin's navigation access control) or of a record a page loads
 * ({@link Denied}): inside the app's frame, with a way back and what the role may see, and nothing
 * about the pages or records that exist (no route list, no name of the refused record).
 */
@ParentLayout(MainLayout.class)
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final Access access;

    AccessDeniedView(Access access) {
        this.access = access;
        setMaxWidth("48rem");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        Viewer viewer = access.current().viewer();
        var title = new H2("Access denied");
        title.setId("access-denied");
        var back = new RouterLink("← Back to the start page", OverviewView.class);
        back.setId("back-home");
        add(title, new Paragraph("You are signed in as " + viewer.name() + ", who may not open this page or see "
                + "this record. " + mayDo(viewer)), back);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    private static String mayDo(Viewer viewer) {
        if (viewer.is(Role.ADMIN)) {
            return "";
        }
        if (viewer.is(Role.MANAGER)) {
            return "A manager sees the store's numbers, and the agents, rankings, conversations and orders of the "
                    + "teams they manage.";
        }
        return "An agent sees their own numbers and rows, and their team's totals.";
    }
}
