package app.frontline;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.List;
import org.bson.BsonValue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Records the commands the app sends to MongoDB, to prove a query's cost does not grow with its size. */
public class MongoCommandCounter implements CommandListener {

    private final List<String> commands = new CopyOnWriteArrayList<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonValue target = event.getCommand().get(event.getCommandName());
        String collection = target != null && target.isString() ? target.asString().getValue() : null;
        // signing the test's request in (HTTP Basic: the user; a bearer token: the token) is not the query's
        // cost, nor is the background work of the change follower and the KPI facts' build (a delete
        // reported late is checked against the store on the follower's thread)
        String thread = Thread.currentThread().getName();
        boolean background = thread.startsWith("change-follower") || thread.startsWith("kpi-facts-build");
        if (!background && !"users".equals(collection) && !"apiTokens".equals(collection)) {
            commands.add(event.getCommandName() + (collection != null ? " " + collection : ""));
        }
    }

    public void reset() {
        commands.clear();
    }

    /** Commands seen since the last reset, e.g. {@code "find agents"}, {@code "aggregate orders"}. */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        MongoCommandCounter mongoCommandCounter() {
            return new MongoCommandCounter();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countCommands(MongoCommandCounter counter) {
            return settings -> settings.addCommandListener(counter);
        }
    }
}
