package app.frontline.metric.graphql;

import app.frontline.metric.KpiEngine;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** rollupStatus and rebuildRollups: the names clients know for the KPI engine's facts. */
@Controller
class RollupController {

    private final KpiEngine engine;

    RollupController(KpiEngine engine) {
        this.engine = engine;
    }

    @QueryMapping
    KpiEngine.Status rollupStatus() {
        return engine.status();
    }

    @MutationMapping
    KpiEngine.Status rebuildRollups() {
        return engine.rebuildInBackground();
    }

    @SchemaMapping(typeName = "RollupStatus")
    @Nullable OffsetDateTime builtAt(KpiEngine.Status status) {
        return status.builtAt() == null ? null : status.builtAt().atOffset(ZoneOffset.UTC);
    }
}
