package app.frontline.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Lumo and its utility classes, loaded as plain stylesheets from the Vaadin jars: styling needs
 * no frontend build (custom CSS under {@code frontend/} would force one). Server push (WebSocket):
 * live views (My performance, today) change when records are imported, without a reload.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class AppShell implements AppShellConfigurator {
}
