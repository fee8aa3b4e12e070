package app.frontline.team;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A support team as loaded from an NDJSON {@code team} record. */
@Document("teams")
public record Team(@Id String id, String name, String timeZone, int slaFirstReplyMinutes) {
}
