package app.frontline.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed while it was being built: said so inside the app's frame, with a way back;
 * the exception goes to the log, not to the screen.
 */
@ParentLayout(MainLayout.class)
class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    ErrorView() {
        setMaxWidth("48rem");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not show /{}", event.getLocation().getPathWithQueryParameters(), parameter.getCaughtException());
        removeAll();
        var title = new H2("This page could not be shown");
        title.setId("page-error");
        var back = new RouterLink("← Back to the start page", OverviewView.class);
        back.setId("back-home");
        add(title, new Paragraph("Something went wrong on the server while building it; the details are in the "
                + "server's log. Try again, or go back."), back);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
