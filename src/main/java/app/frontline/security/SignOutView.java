package app.frontline.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * {@code GET /logout}, typed or bookmarked: signs out as the header's Sign out does (Spring
 * Security's own logout answers only a POST with a CSRF token) and lands on the login view. Without
 * a session the access control sends the browser to the login view anyway.
 */
@Route("logout")
@PageTitle("Signing out · Frontline")
@PermitAll
class SignOutView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    SignOutView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        authentication.logout();
    }
}
