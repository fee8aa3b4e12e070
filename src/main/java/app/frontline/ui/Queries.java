package app.frontline.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.GraphQlClient;

/**
 * Runs a view's GraphQL document and decodes its data. A failed request (GraphQL errors, a transport
 * or decoding failure) becomes an error notification worded by what was being done ("… could not
 * be saved: reason"), never a stack trace, and an empty result the view can show as such.
 *
 * <p>Loading a page's content that the viewer may not see (a FORBIDDEN field: another team, an agent
 * who is not theirs) is not a failure to report but a refusal: {@link #fetch} throws {@link Denied},
 * which the router shows as the access-denied page while navigating ({@link AccessDeniedView}), and
 * {@link UiErrors} as a notification otherwise.
 */
final class Queries {

    /** What a request was doing, for the wording of its failure. */
    enum Action {
        LOAD("loaded"), SAVE("saved"), CREATE("created"), SEND("sent"), REMOVE("removed"), REVOKE("revoked"),
        COPY("copied");

        final String done;

        Action(String done) {
            this.done = done;
        }
    }

    private Queries() {
    }

    /** Loads content: a FORBIDDEN answer throws {@link Denied}; other failures are notified. */
    static <T> Optional<T> fetch(GraphQlClient.RequestSpec request, Class<T> type, String what) {
        return execute(Action.LOAD, request, type, what);
    }

    /** Runs a change (save, create, send...): every failure, a refusal too, is notified with its reason. */
    static <T> Optional<T> run(Action action, GraphQlClient.RequestSpec request, Class<T> type, String what) {
        return execute(action, request, type, what);
    }

    private static <T> Optional<T> execute(Action action, GraphQlClient.RequestSpec request, Class<T> type,
            String what) {
        ClientGraphQlResponse response;
        try {
            response = request.executeSync();
        } catch (RuntimeException ex) {
            error(action, what, ex.getMessage());
            return Optional.empty();
        }
        List<ResponseError> errors = response.getErrors();
        if (!errors.isEmpty()) {
            if (action == Action.LOAD && errors.stream().anyMatch(Queries::forbidden)) {
                throw new Denied();
            }
            error(action, what, errors.stream().map(e -> forbidden(e) ? "access denied" : e.getMessage())
                    .distinct().collect(Collectors.joining("; ")));
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(response.toEntity(type));
        } catch (RuntimeException ex) {
            error(action, what, ex.getMessage());
            return Optional.empty();
        }
    }

    private static boolean forbidden(ResponseError error) {
        return "FORBIDDEN".equals(String.valueOf(error.getErrorType()));
    }

    static void error(String what, String message) {
        error(Action.LOAD, what, message);
    }

    static void error(Action action, String what, String message) {
        var notification = Notification.show(what + " could not be " + action.done + ": " + message, 8000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("error-notification");
    }
}
