package app.frontline.connector;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reading the platforms' JSON the same forgiving way: ids as numbers or strings, blanks as absent. */
public final class Payloads {

    private Payloads() {
    }

    /** A string or number field as text; null when absent, null or blank. */
    public static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNull() || value.isMissingNode() || value.isContainer()) {
            return null;
        }
        String text = value.asString().trim();
        return text.isEmpty() ? null : text;
    }

    /** A required id (number or string). */
    public static String id(JsonNode node, String field, String what) {
        String id = text(node, field);
        if (id == null) {
            throw new MappingException(what + " has no " + field);
        }
        return id;
    }

    /** An ISO-8601 time with an offset, or null when absent. */
    public static @Nullable OffsetDateTime time(JsonNode node, String field, String what) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new MappingException(what + " " + field + " is not an ISO-8601 time with an offset: " + text);
        }
    }

    /** Whether a is later than b (an absent time is earliest). */
    public static boolean later(@Nullable OffsetDateTime a, @Nullable OffsetDateTime b) {
        return a != null && (b == null || a.isAfter(b));
    }
}
