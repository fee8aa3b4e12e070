package app.frontline.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code frontline.graphql.*}: what one GraphQL request may cost (see {@link GraphQlLimits}). The
 * defaults leave room for GraphiQL's introspection query (depth 13) and the UI's largest document.
 *
 * @param maxDepth deepest nesting of fields a document may have
 * @param maxComplexity most fields a document may select (every field counts 1)
 * @param timeout longest a request over HTTP may run before it is answered with a TIMEOUT error
 */
@ConfigurationProperties("frontline.graphql")
record GraphQlLimitsProperties(@DefaultValue("15") int maxDepth, @DefaultValue("1000") int maxComplexity,
        @DefaultValue("30s") Duration timeout) {
}
