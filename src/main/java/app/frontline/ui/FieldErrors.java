package app.frontline.ui;

import app.frontline.error.FieldError;
import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Map;

/**
 * A refused input shown where it belongs: each reason on its field (red, under the input), and only
 * a reason no field owns as a notification worded by the action ("The token could not be created:
 * ..."). The server answers a {@code Rejection { errors { field reason } }}.
 */
final class FieldErrors {

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

    static void mark(HasValidation field, String reason) {
        field.setErrorMessage(reason);
        field.setInvalid(true);
    }

    static void clear(Iterable<? extends HasValidation> fields) {
        fields.forEach(f -> f.setInvalid(false));
    }
}
