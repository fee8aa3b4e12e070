package app.frontline.operations;

import app.frontline.security.ApiErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until {@link Readiness} says ready, the API ({@code /graphql}, {@code /api/**}) answers 503 with
 * a JSON reason and {@code Retry-After}, ahead of authentication: while the demo users are still
 * being written a 401 would tell a client its valid credentials were wrong.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ReadinessGate {

    /** After CORS (-120, so a browser app can read the 503), before Spring Security (-100). */
    static final int ORDER = -110;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> readinessGateFilter(Readiness readiness) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Gate(readiness));
        registration.addUrlPatterns("/graphql", "/graphql/*", "/api/*");
        registration.setOrder(ORDER);
        return registration;
    }

    private static final class Gate extends OncePerRequestFilter {
        private final Readiness readiness;

        Gate(Readiness readiness) {
            this.readiness = readiness;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<String> reason = readiness.notReady();
            if (reason.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(readiness.retryAfterSeconds()));
            ApiErrors.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, reason.get());
        }
    }
}
