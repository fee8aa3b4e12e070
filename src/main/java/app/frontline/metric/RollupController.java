package app.frontline.metric;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** rollupStatus and rebuildRollups. */
@Controller
class RollupController {

    private final Rollups rollups;

    RollupController(Rollups rollups) {
        this.rollups = rollups;
    }

    @QueryMapping
    Rollups.Status rollupStatus() {
        return rollups.status();
    }

    @MutationMapping
    Rollups.Status rebuildRollups() {
        return rollups.rebuildInBackground();
    }

    @SchemaMapping(typeName = "RollupStatus")
    @Nullable OffsetDateTime builtAt(Rollups.Status status) {
        return status.builtAt() == null ? null : status.builtAt().atOffset(ZoneOffset.UTC);
    }
}
