package app.frontline.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Map;

/**
 * A refused input shown where it belongs: each reason on its field (red, under the input), and only
 * a reason no field owns as a notification worded by the action ("The token could not be created:
 * ..."). The server answers either typed errors ({@code errors { field reason }}) or one
 * {@code "field: reason"} string.
 */
final class FieldErrors {

    record FieldError(String field, String reason) {
    }

    private FieldErrors() {
    }

    static void show(List<FieldError> errors, Map<String, ? extends HasValidation> fields, Queries.Action action,
            String what) {
        for (FieldError error : errors) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                mark(field, error.reason());
            } else {
                Queries.error(action, what, error.reason());
            }
        }
    }

    /** One {@code "field: reason"} message; a message without a known field goes to a notification. */
    static void show(String error, Map<String, ? extends HasValidation> fields, Queries.Action action, String what) {
        int colon = error.indexOf(':');
        String field = colon < 0 ? "" : error.substring(0, colon).strip();
        if (fields.containsKey(field)) {
            show(List.of(new FieldError(field, error.substring(colon + 1).strip())), fields, action, what);
        } else {
            Queries.error(action, what, error);
        }
    }

    static void mark(HasValidation field, String reason) {
        field.setErrorMessage(reason);
        field.setInvalid(true);
    }

    static void clear(Iterable<? extends HasValidation> fields) {
        fields.forEach(f -> f.setInvalid(false));
    }
}
