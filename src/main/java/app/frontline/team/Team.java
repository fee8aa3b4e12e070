package app.frontline.team;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A support team as loaded from an NDJSON {@code team} record.
 *
 * @param timeZone the team's IANA zone, or null to follow the store's zone
 */
@Document("teams")
public record Team(@Id String id, String name, @Nullable String timeZone, int slaFirstReplyMinutes) {

    /** The team's zone, or the store's when the team has none of its own. */
    public String timeZoneOr(String storeZone) {
        return timeZone != null ? timeZone : storeZone;
    }
}
