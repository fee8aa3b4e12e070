package app.frontline.ui.client;

import java.util.Locale;
import java.util.UUID;
import graphql.ExecutionResult;
import org.reactivestreams.Publisher;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.client.GraphQlTransport;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Hands a client request straight to the server's {@link ExecutionGraphQlService}: no HTTP hop
 * and no JSON round trip on the way in, so views pay only for the query itself and scalars such
 * as BigDecimal reach the client's decoder unchanged (scale kept).
 */
class InProcessGraphQlTransport implements GraphQlTransport {

    private final ExecutionGraphQlService service;

    InProcessGraphQlTransport(ExecutionGraphQlService service) {
        this.service = service;
    }

    @Override
    public Mono<GraphQlResponse> execute(GraphQlRequest request) {
        return service.execute(executionRequest(request)).cast(GraphQlResponse.class);
    }

    /**
     * A subscription's result holds a Publisher of results as its data: each becomes one response.
     * A subscription refused at once (validation, a bad argument) is a single response with errors.
     */
    @Override
    public Flux<GraphQlResponse> executeSubscription(GraphQlRequest request) {
        return service.execute(executionRequest(request)).flatMapMany(response -> {
            if (response.getExecutionResult().getData() instanceof Publisher<?> results) {
                return Flux.from(results).cast(ExecutionResult.class)
                        .map(result -> (GraphQlResponse) new DefaultExecutionGraphQlResponse(
                                response.getExecutionInput(), result));
            }
            return Flux.just(response);
        });
    }

    private static DefaultExecutionGraphQlRequest executionRequest(GraphQlRequest request) {
        return new DefaultExecutionGraphQlRequest(request.getDocument(), request.getOperationName(),
                request.getVariables(), request.getExtensions(), UUID.randomUUID().toString(), Locale.getDefault());
    }
}
