package app.frontline;

import app.frontline.period.InvalidPeriodException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Turns a client's mistake into a GraphQL error classified BAD_REQUEST with a message that says
 * what to change; anything else stays an INTERNAL_ERROR without details.
 */
@ControllerAdvice
class GraphQlErrorHandling {

    @GraphQlExceptionHandler({InvalidPeriodException.class, IllegalArgumentException.class})
    GraphQLError badRequest(IllegalArgumentException e, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(e.getMessage()).build();
    }
}
