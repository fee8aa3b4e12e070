package app.frontline.ingest;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes the metrics read the imported collections by, ensured at start-up on any store
 * (idempotent; the embedded server accepts and ignores non-unique ones, a real MongoDB uses them).
 */
@Component
class IngestIndexes implements InitializingBean {

    private final MongoOperations mongo;

    IngestIndexes(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        ensure("agents", "teamId");
        ensure("logins", "agentId", "at");
        ensure("logins", "at");
        ensure("conversations", "createdAt");
        ensure("conversations", "teamId", "createdAt");
        ensure("conversations", "assigneeAgentId", "createdAt");
        ensure("conversations", "customerKey");
        ensure("surveys", "at");
        ensure("surveys", "conversationId");
        ensure("orders", "createdAt");
        ensure("orders", "createdByAgentId", "createdAt");
        ensure("orders", "customerKey", "createdAt");
        ensure("orders", "conversationId");
        ensure("orders", "refunds.at");
        ensure("orders", "returns.at");
        ensure("orders", "chargeback.at");
    }

    private void ensure(String collection, String... keys) {
        Index index = new Index();
        for (String key : keys) {
            index.on(key, Direction.ASC);
        }
        mongo.indexOps(collection).createIndex(index);
    }
}
