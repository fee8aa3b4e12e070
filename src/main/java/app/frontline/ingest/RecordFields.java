package app.frontline.ingest;

import app.frontline.error.FieldError;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the fields of one JSON object (a record or a nested object such as a refund), checking
 * each against its rule. Every problem is added to a shared error list with the field's full path,
 * so a record reports all its errors at once; a getter answers {@code null} for an absent, null
 * or broken value. JSON null counts as absent everywhere.
 */
final class RecordFields {

    /** A plain decimal: no exponent, no NaN/Infinity, no thousands separators. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final int MAX_EXTRA_DEPTH = 50;

    private final ObjectNode node;
    private final String path;
    private final List<FieldError> errors;
    private final Set<String> known = new HashSet<>();

    RecordFields(ObjectNode node, String path, List<FieldError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    String path(String name) {
        return path + name;
    }

    void error(String name, String reason) {
        errors.add(new FieldError(path(name), reason));
    }

    boolean hasError(String name) {
        String field = path(name);
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The value of a listed field, or null when absent or JSON null (reported when required). */
    private @Nullable JsonNode value(String name, boolean required) {
        known.add(name);
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                error(name, "is required");
            }
            return null;
        }
        return v;
    }

    /** A string; required ones must not be blank, optional blank ones count as absent. */
    @Nullable String string(String name, boolean required) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            error(name, "must be a string");
            return null;
        }
        String s = v.stringValue();
        if (s.isBlank()) {
            if (required) {
                error(name, "must not be empty");
            }
            return null;
        }
        return s;
    }

    @Nullable String oneOf(String name, boolean required, List<String> allowed) {
        String s = string(name, required);
        if (s != null && !allowed.contains(s)) {
            error(name, "must be one of " + String.join(", ", allowed) + " (got '" + s + "')");
            return null;
        }
        return s;
    }

    @Nullable Boolean bool(String name, boolean required) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            error(name, "must be true or false");
            return null;
        }
        return v.booleanValue();
    }

    /** An integer number (540 or 540.0, not "540"), between min and max. */
    @Nullable Long integer(String name, boolean required, long min, long max) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isNumber() || !v.canConvertToExactIntegral() || !v.canConvertToLong()) {
            error(name, "must be an integer");
            return null;
        }
        long n = v.asLong();
        if (n < min || n > max) {
            error(name, (max >= Integer.MAX_VALUE ? "must be at least " + min : "must be between " + min + " and " + max)
                    + " (got " + n + ")");
            return null;
        }
        return n;
    }

    /** An ISO-8601 instant with an offset or Z; a local date-time is refused, its zone unknown. */
    @Nullable Instant instant(String name, boolean required) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            error(name, "must be an ISO-8601 instant string with an offset or Z");
            return null;
        }
        String s = v.stringValue().trim();
        Instant fast = FastInstant.parse(s);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            error(name, withoutOffset(s)
                    ? "has no offset or Z ('" + s + "' is a local time; the zone it meant is unknown)"
                    : "must be an ISO-8601 instant with an offset or Z, e.g. 2026-11-02T09:00:00Z (got '" + s + "')");
            return null;
        }
    }

    private static boolean withoutOffset(String s) {
        try {
            LocalDateTime.parse(s);
            return true;
        } catch (DateTimeException e) {
            try {
                LocalDate.parse(s);
                return true;
            } catch (DateTimeException e2) {
                return false;
            }
        }
    }

    /** Money: a decimal string or JSON number, scale kept. {@code minExclusive} for "> 0". */
    @Nullable Decimal128 money(String name, boolean required, boolean positive) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        BigDecimal amount;
        if (v.isNumber()) {
            amount = v.decimalValue();
        } else if (v.isString() && DECIMAL.matcher(v.stringValue().trim()).matches()) {
            amount = new BigDecimal(v.stringValue().trim());
        } else {
            error(name, "must be a decimal number or a string such as \"129.90\"");
            return null;
        }
        if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
            error(name, positive ? "must be greater than 0" : "must not be negative");
            return null;
        }
        try {
            return new Decimal128(amount);
        } catch (NumberFormatException | ArithmeticException e) {
            error(name, "has too many digits to store exactly (at most 34)");
            return null;
        }
    }

    /** The elements of an array of objects, each read with its own path ({@code refunds[1].}). */
    List<RecordFields> objects(String name) {
        JsonNode v = value(name, false);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            error(name, "must be an array");
            return List.of();
        }
        List<RecordFields> result = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            String at = name + "[" + i + "]";
            if (v.get(i) instanceof ObjectNode element) {
                result.add(new RecordFields(element, path(at) + ".", errors));
            } else {
                error(at, "must be an object");
            }
        }
        return result;
    }

    /** A nested object, or null when absent (reported when required or not an object). */
    @Nullable RecordFields object(String name, boolean required) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        if (v instanceof ObjectNode o) {
            return new RecordFields(o, path(name) + ".", errors);
        }
        error(name, "must be an object");
        return null;
    }

    List<String> strings(String name) {
        JsonNode v = value(name, false);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            error(name, "must be an array of strings");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode element = v.get(i);
            if (element.isString()) {
                result.add(element.stringValue());
            } else {
                error(name + "[" + i + "]", "must be a string");
            }
        }
        return result;
    }

    /**
     * The fields the format does not list, as BSON, kept under {@code extra}. Names MongoDB cannot
     * store ({@code $...}, dotted, empty) and absurd nesting are errors rather than a failed batch.
     */
    @Nullable Document extra() {
        Document extra = new Document();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!known.contains(e.getKey()) && !e.getValue().isNull()) {
                Object bson = toBson(e.getKey(), e.getValue(), e.getKey(), 1);
                if (bson != null) {
                    extra.put(e.getKey(), bson);
                }
            }
        }
        return extra.isEmpty() ? null : extra;
    }

    private @Nullable Object toBson(String name, JsonNode v, String at, int depth) {
        if (name.isEmpty() || name.startsWith("$") || name.contains(".") || name.indexOf('\0') >= 0) {
            error(at, "is not listed by the format and its name cannot be stored (empty, '$…' or dotted)");
            return null;
        }
        if (depth > MAX_EXTRA_DEPTH) {
            error(at, "is not listed by the format and nested too deeply to store");
            return null;
        }
        if (v.isObject()) {
            Document d = new Document();
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                Object inner = toBson(e.getKey(), e.getValue(), at + "." + e.getKey(), depth + 1);
                d.put(e.getKey(), inner);
            }
            return d;
        }
        if (v.isArray()) {
            List<@Nullable Object> list = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                list.add(toBson("item", v.get(i), at + "[" + i + "]", depth + 1));
            }
            return list;
        }
        if (v.isString()) {
            return v.stringValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            if (v.canConvertToExactIntegral() && v.canConvertToLong()) {
                long n = v.asLong();
                return n == (int) n ? (Object) (int) n : (Object) n;
            }
            try {
                return new Decimal128(v.decimalValue());
            } catch (NumberFormatException | ArithmeticException e) {
                return v.asString();
            }
        }
        return null;
    }
}
