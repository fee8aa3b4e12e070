package app.frontline.security;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits on what one GraphQL request may cost, each answered as a GraphQL error: nesting depth and
 * field count (complexity, every selected field 1) of the document, checked before anything runs,
 * and the time the whole request may take over HTTP ({@link TimeoutInterceptor}). The parser's own
 * limits (1 MB, 15,000 tokens) cap the document's size; periods, series and pages are capped where
 * their arguments are read ({@code Periods.MAX_DAYS}, {@code KpiController}, {@code PageRequest}).
 *
 * <p>The limits and their defaults: {@link GraphQlLimitsProperties} ({@code frontline.graphql.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitsProperties.class)
class GraphQlLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(GraphQlLimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlLimitsProperties limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity());
    }

    @Bean
    TimeoutInterceptor graphQlTimeout(GraphQlLimitsProperties limits) {
        return new TimeoutInterceptor(limits.timeout());
    }
}
