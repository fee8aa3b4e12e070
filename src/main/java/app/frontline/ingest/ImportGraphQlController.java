package app.frontline.ingest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code importRecords}: the typed GraphQL inputs turned back into format records (enum
 * {@code CROSS_SELL} → {@code crossSell}, DateTime → ISO instant, BigDecimal kept exact) and
 * handed to the same importer as NDJSON, so the rules cannot drift apart.
 */
@Controller
class ImportGraphQlController {

    /** The input lists in load order, with the format type of their records. */
    private static final List<Map.Entry<String, RecordType>> LISTS = List.of(
            Map.entry("teams", RecordType.TEAM), Map.entry("agents", RecordType.AGENT),
            Map.entry("logins", RecordType.LOGIN), Map.entry("conversations", RecordType.CONVERSATION),
            Map.entry("surveys", RecordType.SURVEY), Map.entry("orders", RecordType.ORDER));
    /** Input fields holding a GraphQL enum value. */
    private static final Set<String> ENUM_FIELDS = Set.of("channel", "rating", "kind", "status", "day");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final RecordImporter importer;

    ImportGraphQlController(RecordImporter importer) {
        this.importer = importer;
    }

    /** {@code ImportResult}, or {@code ImportRejected} when every record was refused (see {@link ImportPayload}). */
    @MutationMapping
    Object importRecords(@Argument Map<String, Object> input) {
        List<JsonNode> records = new ArrayList<>();
        List<ImportPayload.Origin> origins = new ArrayList<>();
        for (Map.Entry<String, RecordType> list : LISTS) {
            if (input.get(list.getKey()) instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    ObjectNode record = (ObjectNode) toNode("", items.get(i));
                    record.put("type", list.getValue().formatName());
                    records.add(record);
                    origins.add(new ImportPayload.Origin(list.getKey(), list.getValue().formatName(), i));
                }
            }
        }
        ImportSummary summary = importer.importRecords(records, ImportProgress.NONE);
        return ImportPayload.of(summary, position -> origins.get((int) position - 1));
    }

    private static JsonNode toNode(String field, @Nullable Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case Map<?, ?> map -> {
                ObjectNode node = NODES.objectNode();
                map.forEach((k, v) -> node.set(k.toString(), toNode(k.toString(), v)));
                yield node;
            }
            case List<?> list -> {
                ArrayNode node = NODES.arrayNode();
                list.forEach(v -> node.add(toNode(field, v)));
                yield node;
            }
            case OffsetDateTime t -> NODES.stringNode(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            case BigDecimal d -> NODES.numberNode(d);
            case BigInteger n -> NODES.numberNode(n);
            case Integer n -> NODES.numberNode(n);
            case Long n -> NODES.numberNode(n);
            case Boolean b -> NODES.booleanNode(b);
            case String s when ENUM_FIELDS.contains(field) -> NODES.stringNode(formatEnum(s));
            default -> NODES.stringNode(value.toString());
        };
    }

    /** {@code CROSS_SELL} → {@code crossSell}, {@code EMAIL} → {@code email}. */
    static String formatEnum(String graphQlValue) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : graphQlValue.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
                upper = false;
            }
        }
        return out.toString();
    }
}
