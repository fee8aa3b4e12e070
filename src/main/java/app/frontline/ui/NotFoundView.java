package app.frontline.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;

/** An address that is no page of the app, inside the app's frame: no list of the routes there are. */
@ParentLayout(MainLayout.class)
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        setMaxWidth("48rem");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        var title = new H2("Page not found");
        title.setId("not-found");
        var back = new RouterLink("← Back to the start page", OverviewView.class);
        back.setId("back-home");
        add(title, new Paragraph("There is no page at /" + event.getLocation().getPath() + "."), back);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
