package app.frontline.store;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Without {@code spring.mongodb.uri} the app runs on an in-process MongoDB-wire server
 * (mongo-java-server, memory backend made durable by {@link DurableStore}); the rest of the code
 * talks to it through the ordinary driver and cannot tell the difference.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedStoreConfiguration.NoMongoUri.class)
@EnableConfigurationProperties(StoreProperties.class)
class EmbeddedStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreConfiguration.class);

    @Bean
    EmbeddedStore embeddedStore(StoreProperties properties) {
        return properties.durable()
                ? new EmbeddedStore(DurableStore.open(properties.dataDir(), properties.fsync()))
                : new EmbeddedStore(null);
    }

    /** The durable store's files, for the KPI engine's snapshot; none for an in-memory store. */
    @Bean(destroyMethod = "")
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "frontline.store.durable",
            havingValue = "true", matchIfMissing = true)
    StoreFiles embeddedStoreFiles(EmbeddedStore store) {
        return store.files;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedStore store) {
        var uri = new ConnectionString("mongodb://127.0.0.1:" + store.port());
        return () -> uri;
    }

    /** The server and, when durable, the files behind it; closed together with the context. */
    static final class EmbeddedStore implements AutoCloseable {
        private final @Nullable DurableStore files;
        private final MongoServer server;

        EmbeddedStore(@Nullable DurableStore files) {
            this.files = files;
            MongoBackend backend = files != null ? files.backend() : new MemoryBackend();
            this.server = new MongoServer(backend);
            server.bind("127.0.0.1", 0);
            log.info("Embedded MongoDB-wire server on 127.0.0.1:{} ({})", port(),
                    files != null ? "durable" : "in memory only");
        }

        int port() {
            return server.getLocalAddress().getPort();
        }

        @Override
        public void close() throws Exception {
            server.shutdownNow();
            if (files != null) {
                files.close();
            }
        }
    }

    static class NoMongoUri implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.mongodb.uri");
        }
    }
}
