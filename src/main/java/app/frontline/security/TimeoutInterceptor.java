package app.frontline.security;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.time.Duration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * A request that has not finished within the timeout is answered with a GraphQL error classified
 * TIMEOUT (HTTP 200, like every GraphQL error) and its execution is cancelled. Spring's own
 * {@code TimeoutWebGraphQlInterceptor} answers a bare HTTP status instead.
 */
class TimeoutInterceptor implements WebGraphQlInterceptor {

    static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

    private final Duration timeout;

    TimeoutInterceptor(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).timeout(timeout, Mono.fromSupplier(() -> {
            GraphQLError error = GraphQLError.newError().errorType(TIMEOUT)
                    .message("The request took longer than " + timeout.toMillis() + " ms and was cancelled")
                    .build();
            ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
            return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
        }));
    }
}
