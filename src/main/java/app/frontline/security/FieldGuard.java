package app.frontline.security;

import graphql.GraphQLContext;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Applies {@link FieldRules} to every GraphQL execution, whoever sends it: the caller is read once,
 * when the execution starts, from the {@link Authentication} the transport put into the
 * GraphQLContext ({@code /graphql}: {@link AuthenticationInterceptor}; the UI: its in-process
 * transport), else from the starting thread's security context (tests with a mock user). Reading it
 * there, not in each data fetcher, keeps the rules right on whatever thread a DataLoader completes.
 */
@Component
class FieldGuard implements Instrumentation {

    private final Access access;

    FieldGuard(Access access) {
        this.access = access;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        GraphQLContext context = parameters.getExecutionInput().getGraphQLContext();
        Permissions permissions = access.of(context);
        // resolvers that list agents themselves read the same decision (Access.of(GraphQLContext))
        context.put(Permissions.class, permissions);
        return new State(permissions, rootTypes(parameters.getSchema()));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            @Nullable InstrumentationState state) {
        if (!(state instanceof State guard)) {
            return fetcher;
        }
        ExecutionStepInfo step = parameters.getExecutionStepInfo();
        String type = step.getObjectType().getName();
        String field = step.getFieldDefinition().getName();
        // __typename, __schema, __type: the schema is no secret from a signed-in client (tools ping
        // with { __typename }, code generators introspect)
        Optional<Rule> listed = field.startsWith("__") ? Optional.of(Rule.ANYONE) : FieldRules.find(type, field);
        Rule rule = listed.orElse(guard.roots().contains(type) ? FieldRules.UNLISTED_OPERATION : null);
        if (rule == null) {
            return fetcher;
        }
        Permissions permissions = guard.permissions();
        return env -> {
            rule.check(permissions, env);
            return rule.filter(permissions, fetcher.get(env));
        };
    }

    private static Set<String> rootTypes(GraphQLSchema schema) {
        var roots = new java.util.HashSet<String>();
        roots.add(schema.getQueryType().getName());
        if (schema.getMutationType() != null) {
            roots.add(schema.getMutationType().getName());
        }
        if (schema.getSubscriptionType() != null) {
            roots.add(schema.getSubscriptionType().getName());
        }
        return roots;
    }

    private record State(Permissions permissions, Set<String> roots) implements InstrumentationState {
    }
}
