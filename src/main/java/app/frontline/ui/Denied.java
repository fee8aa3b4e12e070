package app.frontline.ui;

import com.vaadin.flow.router.AccessDeniedException;

/**
 * A record the viewer may not see (the GraphQL field guard answered FORBIDDEN while a view loaded
 * it). A subtype of Vaadin's own, so a refused record and a refused route end on the same
 * {@link AccessDeniedView}.
 */
final class Denied extends AccessDeniedException {
}
