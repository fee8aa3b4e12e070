package app.frontline.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body of a request the API refuses before any handler runs (401, 403, 503), in the shape
 * each endpoint answers everything else in: on {@code /graphql} a GraphQL response with one error
 * classified like the GraphQL errors ({@code UNAUTHORIZED}, {@code FORBIDDEN}, {@code UNAVAILABLE}),
 * as {@code application/graphql-response+json} when the client accepts it (GraphQL over HTTP), else
 * {@code application/json}, as Spring for GraphQL chooses for its answers; elsewhere ({@code /api/import})
 * an RFC 9457 problem, as that endpoint's own 400s are.
 */
public final class ApiErrors {

    public static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiErrors() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String message) throws IOException {
        response.setStatus(status.value());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Object body;
        if (path.equals("/graphql") || path.startsWith("/graphql/")) {
            String accept = request.getHeader("Accept");
            boolean modern = accept != null && MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(GRAPHQL_RESPONSE::equalsTypeAndSubtype);
            response.setContentType(modern ? GRAPHQL_RESPONSE.toString() : MediaType.APPLICATION_JSON_VALUE);
            body = Map.of("errors", List.of(Map.of("message", message,
                    "extensions", Map.of("classification", classification(status)))));
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            // the fields Spring MVC writes for a ProblemDetail
            body = Map.of("type", "about:blank", "title", status.getReasonPhrase(), "status", status.value(),
                    "detail", message, "instance", path);
        }
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }

    private static String classification(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "UNAUTHORIZED";
            case FORBIDDEN -> "FORBIDDEN";
            case SERVICE_UNAVAILABLE -> "UNAVAILABLE";
            default -> status.name();
        };
    }
}
