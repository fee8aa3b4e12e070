package app.frontline.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A refusal outside navigation (a button, a live update, a next page of rows) cannot show the
 * access-denied page without leaving the page the user is on: it becomes a notification. Every
 * other failure goes to Vaadin's default handling (logged).
 */
@Component
class UiErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrors::handle));
    }

    private static void handle(ErrorEvent event) {
        if (event.getThrowable() instanceof AccessDeniedException && com.vaadin.flow.component.UI.getCurrent() != null) {
            var notification = Notification.show("Access denied: your account may not see this.", 8000,
                    Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setId("error-notification");
            return;
        }
        new DefaultErrorHandler().error(event);
    }
}
