package app.frontline.store;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code recordCounts}: one count per collection. */
@Controller
class RecordCountsController {

    private final MongoTemplate mongo;

    RecordCountsController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryMapping
    RecordCounts recordCounts() {
        return new RecordCounts(count("teams"), count("agents"), count("logins"),
                count("conversations"), count("surveys"), count("orders"));
    }

    private int count(String collection) {
        // from collection metadata on a real MongoDB: no scan of millions of conversations
        // each time the overview opens
        return Math.toIntExact(mongo.getCollection(collection).estimatedDocumentCount());
    }

    record RecordCounts(int teams, int agents, int logins, int conversations, int surveys, int orders) {
    }
}
