package app.frontline.security;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/** {@link Forbidden} as a FORBIDDEN GraphQL error at the field's path. */
@Component
class ForbiddenResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (!(ex instanceof Forbidden)) {
            return null;
        }
        return GraphQLError.newError()
                .errorType(ErrorType.FORBIDDEN)
                .message("Forbidden: " + env.getField().getName() + " is not visible to you")
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .build();
    }
}
