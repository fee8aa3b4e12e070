package app.frontline.agent;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A support agent as loaded from an NDJSON {@code agent} record. */
@Document("agents")
public record Agent(@Id String id, String name, @Nullable String email, String teamId, boolean active) {
}
