package app.frontline.drilldown;

import app.frontline.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;

/**
 * A position in a newest-first list: the record's time, its id and, for events inside one order
 * (refunds, returns), the event's index. Opaque to clients: base64url of {@code v1|millis|seq|id}.
 */
record Cursor(Instant at, String id, int seq) {

    /** Newest first, then id descending, then event index descending. */
    static final Comparator<Cursor> ORDER = Comparator.comparing(Cursor::at)
            .thenComparing(Cursor::id).thenComparingInt(Cursor::seq).reversed();

    String encode() {
        String raw = "v1|" + at.toEpochMilli() + "|" + seq + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 4);
            if (parts.length == 4 && parts[0].equals("v1") && !parts[3].isEmpty()) {
                return new Cursor(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[3], Integer.parseInt(parts[2]));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the client's error
        }
        throw new BadRequestException("after: '" + cursor + "' is not a cursor of this list; pass an endCursor "
                + "or cursor from a previous page");
    }

    /** Whether this position comes after (is listed later than) {@code other}. */
    boolean isAfter(Cursor other) {
        return ORDER.compare(this, other) > 0;
    }
}
