package app.frontline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request's authentication into a request attribute, which Spring for GraphQL hands to
 * {@link AuthenticationInterceptor}. Read from the request ({@code getUserPrincipal}, answered by
 * this filter chain's own security context), not from the static {@code SecurityContextHolder}:
 * with Vaadin, the holder's strategy is replaced per application context, so in a JVM with several
 * contexts (tests) the static holder may not be the one this chain filled.
 */
class AuthenticationAttributeFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = Authentication.class.getName();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getUserPrincipal() instanceof Authentication authentication) {
            request.setAttribute(ATTRIBUTE, authentication);
        }
        chain.doFilter(request, response);
    }
}
