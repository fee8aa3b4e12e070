package app.frontline.security;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits on what one GraphQL request may cost, each answered as a GraphQL error: nesting depth and
 * field count (complexity, every selected field 1) of the document, checked before anything runs,
 * and the time the whole request may take over HTTP ({@link TimeoutInterceptor}). The parser's own
 * limits (1 MB, 15,000 tokens) cap the document's size; periods, series and pages are capped where
 * their arguments are read ({@code Periods.MAX_DAYS}, {@code KpiController}, {@code PageRequest}).
 *
 * <p>The defaults leave room for GraphiQL's introspection query (depth 13) and the UI's largest
 * document; {@code frontline.graphql.*} changes them.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${frontline.graphql.max-depth:15}") int depth) {
        return new MaxQueryDepthInstrumentation(depth);
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(@Value("${frontline.graphql.max-complexity:1000}") int fields) {
        return new MaxQueryComplexityInstrumentation(fields);
    }

    @Bean
    TimeoutInterceptor graphQlTimeout(@Value("${frontline.graphql.timeout:30s}") Duration timeout) {
        return new TimeoutInterceptor(timeout);
    }
}
