package app.frontline;

import app.frontline.period.InvalidPeriodException;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Client mistakes of every feature as GraphQL errors classified BAD_REQUEST, with the exception's
 * own message (written for the client). Anything else keeps Spring's default: INTERNAL_ERROR
 * without details.
 */
@ControllerAdvice
class GraphQlErrorHandling {

    @GraphQlExceptionHandler({InvalidPeriodException.class, BadRequestException.class})
    GraphQLError badRequest(IllegalArgumentException e, DataFetchingEnvironment env) {
        return GraphQLError.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(e.getMessage())
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .build();
    }
}
