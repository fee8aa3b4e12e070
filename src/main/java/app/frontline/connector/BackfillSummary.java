package app.frontline.connector;

import java.io.InputStream;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backfill file gave.
 *
 * @param read items in the file's array
 * @param stored items stored as records
 * @param waiting items kept for the rest of their record
 * @param deadLetters items kept as dead letters (reasons in {@code connectorDeadLetters})
 */
public record BackfillSummary(long read, long stored, long waiting, long deadLetters) {

    /** The same after {@code refused} items counted as stored were refused by the importer. */
    public BackfillSummary withRefused(long refused) {
        return new BackfillSummary(read, stored - refused, waiting, deadLetters + refused);
    }

    /** The array under one top-level field, e.g. {@code orders} of the Admin API. */
    public static BackfillSummary read(InputStream in, String arrayField, JsonMapper json,
            BiFunction<JsonNode, byte[], WebhookOutcome> each) {
        return read(in, json, Map.of(arrayField, each));
    }

    /**
     * Streams the arrays under the given top-level fields (e.g. {@code tickets} and {@code
     * metric_sets} of Zendesk's export), one item in memory at a time, each handed over with its own
     * bytes (kept in a dead letter if it cannot be stored). Other fields are skipped; at least one of
     * the arrays must be there.
     */
    public static BackfillSummary read(InputStream in, JsonMapper json,
            Map<String, BiFunction<JsonNode, byte[], WebhookOutcome>> arrays) {
        long[] counts = new long[4];
        String names = String.join("\" or \"", new TreeSet<>(arrays.keySet()));
        try (JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MappingException("the file is not a JSON object with a \"" + names + "\" array");
            }
            boolean found = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                var each = arrays.get(name);
                if (each == null) {
                    parser.skipChildren();
                    continue;
                }
                if (parser.currentToken() != JsonToken.START_ARRAY) {
                    throw new MappingException("\"" + name + "\" is not an array");
                }
                found = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode item = parser.readValueAsTree();
                    counts[0]++;
                    switch (each.apply(item, json.writeValueAsBytes(item)).status()) {
                        case "stored" -> counts[1]++;
                        case "waiting" -> counts[2]++;
                        case "dead-letter" -> counts[3]++;
                        default -> { }
                    }
                }
            }
            if (!found) {
                throw new MappingException("the file has no \"" + names + "\" array");
            }
        } catch (JacksonException e) {
            throw new MappingException("the file is not valid JSON after " + counts[0] + " items: " + e.getOriginalMessage());
        }
        return new BackfillSummary(counts[0], counts[1], counts[2], counts[3]);
    }
}
