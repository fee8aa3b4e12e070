package app.frontline.security;

import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Hands the HTTP request's authentication to {@link FieldGuard} through the GraphQLContext. */
@Component
class AuthenticationInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request.getAttributes().get(AuthenticationAttributeFilter.ATTRIBUTE) instanceof Authentication authentication) {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(Authentication.class, authentication)).build());
        }
        return chain.next(request);
    }
}
