package app.frontline.ui;

import app.frontline.error.FieldError;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.GraphQlClient;

/**
 * Runs a view's GraphQL document and decodes its data. A failed query (GraphQL errors, a transport
 * or decoding failure) becomes an error notification with the server's message, never a stack
 * trace, and an empty result the view can show as such.
 */
final class Queries {

    private Queries() {
    }

    static <T> Optional<T> fetch(GraphQlClient.RequestSpec request, Class<T> type, String what) {
        try {
            ClientGraphQlResponse response = request.executeSync();
            if (!response.getErrors().isEmpty()) {
                error(what, response.getErrors().stream().map(e -> e.getMessage())
                        .distinct().collect(Collectors.joining("; ")));
                return Optional.empty();
            }
            return Optional.ofNullable(response.toEntity(type));
        } catch (RuntimeException ex) {
            error(what, ex.getMessage());
            return Optional.empty();
        }
    }

    /** A mutation's {@code Rejection}: what was refused, each field and why (nothing was changed). */
    static void refused(String what, List<FieldError> errors) {
        var notification = Notification.show(what + " was refused: " + errors.stream()
                .map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")), 8000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void error(String what, String message) {
        var notification = Notification.show(what + " could not be loaded: " + message, 8000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
