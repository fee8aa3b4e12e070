package app.frontline.security;

import app.frontline.error.FieldError;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * {@code me}, users and API tokens. Who may call what is {@link FieldRules}' business (users and
 * tokens: ADMIN); this controller only does it.
 */
@Controller
class SecurityGraphQlController {

    private final Users users;
    private final ApiTokens tokens;
    private final Access access;

    SecurityGraphQlController(Users users, ApiTokens tokens, Access access) {
        this.users = users;
        this.tokens = tokens;
        this.access = access;
    }

    /** The caller as the field guard saw them when the execution started, whatever thread runs this. */
    @QueryMapping
    Viewer me(GraphQLContext context) {
        return access.of(context).viewer();
    }

    @QueryMapping
    List<UserAccount> users() {
        return users.all();
    }

    @QueryMapping
    List<ApiToken> apiTokens() {
        return tokens.all();
    }

    /** {@code UserCreated} or {@code UserRejected}. */
    @MutationMapping
    Object createUser(@Argument UserInput input) {
        Users.Result result = users.create(input.username(), input.password(), input.role(),
                input.teamIds() == null ? Set.of() : Set.copyOf(input.teamIds()), input.agentId());
        return result.user() != null ? new UserCreated(result.user()) : new UserRejected(result.errors());
    }

    @MutationMapping
    boolean deleteUser(@Argument String username) {
        return users.delete(username);
    }

    /** {@code ApiTokenCreated} or {@code ApiTokenRejected}. */
    @MutationMapping
    Object createApiToken(@Argument String name, @Argument List<TokenScope> scopes, DataFetchingEnvironment env) {
        List<FieldError> errors = new ArrayList<>();
        if (name.isBlank() || name.length() > 100) {
            errors.add(new FieldError("name", "1 to 100 characters"));
        }
        if (scopes.isEmpty()) {
            errors.add(new FieldError("scopes", "at least one of READ, INGEST"));
        }
        if (!errors.isEmpty()) {
            return new ApiTokenRejected(errors);
        }
        Viewer by = caller(env);
        ApiTokens.Created created = tokens.create(name.strip(), EnumSet.copyOf(scopes), by.name());
        return new ApiTokenCreated(created.token(), created.secret());
    }

    /** The caller as the field guard saw them (what {@code me} answers): "Created by" of a new token. */
    private Viewer caller(DataFetchingEnvironment env) {
        return access.of(env.getGraphQlContext()).viewer();
    }

    @MutationMapping
    @Nullable ApiToken revokeApiToken(@Argument String id) {
        return tokens.revoke(id);
    }

    @SchemaMapping(typeName = "User")
    OffsetDateTime createdAt(UserAccount user) {
        return user.createdAt().atOffset(ZoneOffset.UTC);
    }

    @SchemaMapping(typeName = "User")
    List<String> teamIds(UserAccount user) {
        return user.teamIds().stream().sorted().toList();
    }

    @SchemaMapping(typeName = "ApiToken")
    String id(ApiToken token) {
        return token.tokenId();
    }

    @SchemaMapping(typeName = "ApiToken")
    OffsetDateTime createdAt(ApiToken token) {
        return token.createdAt().atOffset(ZoneOffset.UTC);
    }

    @SchemaMapping(typeName = "ApiToken")
    @Nullable OffsetDateTime revokedAt(ApiToken token) {
        return token.revokedAt() == null ? null : token.revokedAt().atOffset(ZoneOffset.UTC);
    }

    record UserInput(String username, String password, Role role, @Nullable List<String> teamIds,
            @Nullable String agentId) {
    }

    // The payload unions' members (schema/security.graphqls); their class names are the GraphQL type names.

    record UserCreated(UserAccount user) {
    }

    record UserRejected(List<FieldError> errors) {
    }

    /** The secret is in this answer and nowhere else, ever: never in a log line. */
    record ApiTokenCreated(ApiToken token, String secret) {
        @Override
        public String toString() {
            return "ApiTokenCreated[" + token + "]";
        }
    }

    record ApiTokenRejected(List<FieldError> errors) {
    }
}
