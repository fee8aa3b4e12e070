package app.frontline.ui.client;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import graphql.ExecutionResult;
import org.reactivestreams.Publisher;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.client.GraphQlTransport;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Hands a client request straight to the server's {@link ExecutionGraphQlService}: no HTTP hop
 * and no JSON round trip on the way in, so views pay only for the query itself and scalars such
 * as BigDecimal reach the client's decoder unchanged (scale kept). The query runs as the signed-in
 * user: the calling thread's authentication (Vaadin's, also inside {@code UI.access}) goes with it
 * in the GraphQLContext, where the security feature's field guard reads it, as it does for
 * {@code /graphql}.
 */
class InProcessGraphQlTransport implements GraphQlTransport {

    private final ExecutionGraphQlService service;
    private final SecurityContextHolderStrategy security;

    InProcessGraphQlTransport(ExecutionGraphQlService service, SecurityContextHolderStrategy security) {
        this.service = service;
        this.security = security;
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

    /** The request, run as the signed-in user (the UI's requests obey the same access rules as /graphql). */
    private DefaultExecutionGraphQlRequest executionRequest(GraphQlRequest request) {
        var executionRequest = new DefaultExecutionGraphQlRequest(request.getDocument(), request.getOperationName(),
                request.getVariables(), request.getExtensions(), UUID.randomUUID().toString(), Locale.getDefault());
        Authentication user = security.getContext().getAuthentication();
        if (user != null) {
            executionRequest.configureExecutionInput((input, builder) ->
                    // under the class (the field guard's key) and its name (what @ContextValue fields such
                    // as Query.me read, as Spring Security's GraphQL support names it)
                    builder.graphQLContext(Map.of(Authentication.class, user, Authentication.class.getName(), user))
                            .build());
        }
        return executionRequest;
    }
}
