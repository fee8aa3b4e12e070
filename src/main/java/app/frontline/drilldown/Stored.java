package app.frontline.drilldown;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jspecify.annotations.Nullable;

/** Reading the stored layout (ingest/package-info.java): BSON dates, Decimal128 money, lower-case enums. */
final class Stored {

    private Stored() {
    }

    static Document range(Instant start, Instant end) {
        return new Document("$gte", Date.from(start)).append("$lt", Date.from(end));
    }

    static @Nullable Instant instant(Document document, String field) {
        return document.get(field) instanceof Date date ? date.toInstant() : null;
    }

    static @Nullable OffsetDateTime dateTime(Document document, String field) {
        Instant instant = instant(document, field);
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable BigDecimal money(Document document, String field) {
        return switch (document.get(field)) {
            case Decimal128 d -> d.bigDecimalValue();
            case BigDecimal b -> b;
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Number n -> BigDecimal.valueOf(n.doubleValue());
            case null, default -> null;
        };
    }

    /** The stored spelling (chat, happy, approved) as the GraphQL enum value (CHAT, HAPPY, APPROVED). */
    static @Nullable String enumValue(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        return stored.equals("crossSell") ? "CROSS_SELL" : stored.toUpperCase(Locale.ROOT);
    }

    /** A GraphQL enum value as stored: CHAT → chat. */
    static String storedValue(String enumValue) {
        return enumValue.toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    static List<Document> documents(Document document, String field) {
        return document.get(field) instanceof List<?> list ? (List<Document>) list : List.of();
    }

    static List<String> strings(Document document, String field) {
        return document.get(field) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
