package app.frontline.ui.client;

import java.util.Locale;
import java.util.UUID;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.client.GraphQlTransport;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
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
        var executionRequest = new DefaultExecutionGraphQlRequest(request.getDocument(),
                request.getOperationName(), request.getVariables(), request.getExtensions(),
                UUID.randomUUID().toString(), Locale.getDefault());
        return service.execute(executionRequest).cast(GraphQlResponse.class);
    }

    @Override
    public Flux<GraphQlResponse> executeSubscription(GraphQlRequest request) {
        return Flux.error(new UnsupportedOperationException("The UI uses no GraphQL subscriptions"));
    }
}
