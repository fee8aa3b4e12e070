package app.frontline.store;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code store} in {@code /actuator/health} and the readiness group: a {@code ping} through the
 * driver, as every query goes, and which store it is (embedded durable, embedded in memory, or an
 * external MongoDB), so an operator sees at once whether data survives a restart. It replaces
 * Boot's own {@code mongodb} indicator (switched off in application.properties), whose
 * {@code hello} command the embedded server does not know.
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;
    private final String kind;

    StoreHealthIndicator(MongoTemplate mongo, Environment environment) {
        super("The store did not answer a ping");
        this.mongo = mongo;
        boolean external = environment.containsProperty("spring.mongodb.uri");
        boolean durable = environment.getProperty("frontline.store.durable", Boolean.class, true);
        this.kind = external ? "external MongoDB" : durable ? "embedded, durable" : "embedded, in memory only";
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.status(answer.get("ok", Number.class) != null && answer.get("ok", Number.class).doubleValue() == 1
                ? org.springframework.boot.health.contributor.Status.UP
                : org.springframework.boot.health.contributor.Status.DOWN)
                .withDetail("store", kind).withDetail("database", mongo.getDb().getName());
    }
}
