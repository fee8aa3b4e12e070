package app.frontline.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's answer as a flat map of leaf values, keyed by path ({@code kpis.orders},
 * {@code agents[a-1].kpis.firstResponseTime.median}, {@code revenue.points[2026-08-24].value}),
 * and the comparison of two such maps.
 */
final class DashboardValues {

    /** Numbers as BigDecimal, so money keeps every digit the API sent. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private DashboardValues() {
    }

    /** The {@code data} of a GraphQL response, flattened; list items keyed by their id or start. */
    static Map<String, @Nullable Object> flatten(JsonNode data) {
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        flatten(data, "", out);
        return out;
    }

    private static void flatten(JsonNode node, String path, Map<String, @Nullable Object> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("id") || field.getKey().equals("start")) {
                    continue; // the list key, already in the path
                }
                flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                String key = item.has("id") ? item.get("id").asString() : item.get("start").asString();
                flatten(item, path + "[" + key + "]", out);
            }
        } else if (node.isNull()) {
            out.put(path, null);
        } else if (node.isNumber()) {
            out.put(path, node.decimalValue());
        } else {
            out.put(path, node.asString());
        }
    }

    /**
     * Where Frontline's values differ from the peer's, as readable lines (empty when every value is
     * equal): counts exactly, money exactly (numerically: 12.5 = 12.50), other numbers within 1e-9
     * of the larger of 1 and their size, texts exactly; a key only one side has is a difference too.
     */
    static List<String> differences(Map<String, @Nullable Object> frontline, Map<String, @Nullable Object> peer) {
        List<String> problems = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(frontline.keySet());
        keys.addAll(peer.keySet());
        for (String key : keys) {
            if (!frontline.containsKey(key) || !peer.containsKey(key)) {
                problems.add(key + ": only " + (frontline.containsKey(key) ? "Frontline" : "DuckDB") + " has it");
                continue;
            }
            Object actual = frontline.get(key);
            Object expected = peer.get(key);
            if (!equal(actual, expected)) {
                problems.add(key + ": Frontline " + actual + ", DuckDB " + expected);
            }
        }
        return problems;
    }

    static boolean equal(@Nullable Object actual, @Nullable Object expected) {
        if (actual == null || expected == null) {
            return actual == expected;
        }
        if (!(actual instanceof BigDecimal number)) {
            return actual.equals(expected.toString());
        }
        return switch (expected) {
            case Long count -> number.compareTo(BigDecimal.valueOf(count)) == 0;
            case BigDecimal money -> number.compareTo(money) == 0;
            case Double d -> Math.abs(number.doubleValue() - d) <= 1e-9 * Math.max(1, Math.abs(d));
            default -> false;
        };
    }
}
