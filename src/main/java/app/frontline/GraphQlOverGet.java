package app.frontline;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /graphql?query=...&variables=...&operationName=...}, as GraphQL over HTTP describes it:
 * queries only (a mutation over GET is 405, Allow: POST, as a GET must not change anything and
 * carries no CSRF token), answered like a POST: {@code application/graphql-response+json} when the
 * client's Accept names it, else {@code application/json}. Spring for GraphQL serves POST only; this runs the
 * same {@link WebGraphQlHandler}, so the interceptors (caller, limits, timeout) and the field guard
 * apply alike.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class GraphQlOverGet {

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A servlet filter behind Spring Security (so the caller is known), not a handler: Boot's GraphQL
     * router claims every GET on the path (405) ahead of annotated controllers. WebSocket upgrades
     * (subscriptions) pass on untouched.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> graphQlGetFilter(WebGraphQlHandler handler,
            @Value("${spring.graphql.http.path:/graphql}") String path) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!"GET".equals(request.getMethod()) || "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
                    chain.doFilter(request, response);
                    return;
                }
                ResponseEntity<Map<String, Object>> answer = get(handler, request);
                response.setStatus(answer.getStatusCode().value());
                answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
                JSON.writeValue(response.getOutputStream(), answer.getBody());
            }
        });
        registration.addUrlPatterns(path);
        // after Spring Security's chain (-100), which authenticates the caller
        registration.setOrder(0);
        return registration;
    }

    private static ResponseEntity<Map<String, Object>> get(WebGraphQlHandler handler, HttpServletRequest servlet) {
        ServerRequest request = ServerRequest.create(servlet, List.of());
        MediaType type = responseType(request);
        Optional<String> query = request.param("query").filter(q -> !q.isBlank());
        if (query.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, type, "GET /graphql needs a query parameter (a GraphQL query document).");
        }
        String operationName = request.param("operationName").filter(n -> !n.isBlank()).orElse(null);
        Map<String, Object> variables;
        Map<String, Object> extensions;
        try {
            variables = json(request.param("variables").orElse(null));
            extensions = json(request.param("extensions").orElse(null));
        } catch (JacksonException | ClassCastException e) {
            return error(HttpStatus.BAD_REQUEST, type, "variables and extensions must be JSON objects.");
        }
        OperationDefinition.Operation operation = operation(query.get(), operationName);
        if (operation != null && operation != OperationDefinition.Operation.QUERY) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.POST).contentType(type)
                    .body(errors("GET runs queries only: send a " + operation.name().toLowerCase() + " with POST.",
                            "METHOD_NOT_ALLOWED"));
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("query", query.get());
        body.put("operationName", operationName);
        body.put("variables", variables);
        body.put("extensions", extensions);
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(), body,
                UUID.randomUUID().toString(), servlet.getLocale());
        // blocking is fine here: requests run on virtual threads (spring.threads.virtual.enabled)
        return Objects.requireNonNull(handler.handleRequest(graphQlRequest).map(response -> respond(response, type)).block());
    }

    private static ResponseEntity<Map<String, Object>> respond(WebGraphQlResponse response, MediaType type) {
        // as Spring's POST handler: with graphql-response+json, a request that never ran (no data) is a 400
        HttpStatus status = GRAPHQL_RESPONSE.equals(type) && !response.isValid() ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
        return ResponseEntity.status(status).headers(h -> h.addAll(response.getResponseHeaders())).contentType(type)
                .body(response.toMap());
    }

    /** graphql-response+json when the client names it in Accept, else application/json (as Spring's POST). */
    private static MediaType responseType(ServerRequest request) {
        return request.headers().accept().stream().anyMatch(GRAPHQL_RESPONSE::equalsTypeAndSubtype)
                ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
    }

    /** The operation a document runs, or null when it does not parse or name one (the engine then says why). */
    private static OperationDefinition.@Nullable Operation operation(String query, @Nullable String name) {
        try {
            Document document = Parser.parse(query);
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            return operations.stream().filter(o -> name == null ? operations.size() == 1 : name.equals(o.getName()))
                    .findFirst().map(OperationDefinition::getOperation).orElse(null);
        } catch (InvalidSyntaxException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(@Nullable String value) {
        return value == null || value.isBlank() ? Map.of() : (Map<String, Object>) JSON.readValue(value, Map.class);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, MediaType type, String message) {
        return ResponseEntity.status(status).contentType(type).body(errors(message, "BAD_REQUEST"));
    }

    private static Map<String, Object> errors(String message, String classification) {
        return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("classification", classification))));
    }
}
