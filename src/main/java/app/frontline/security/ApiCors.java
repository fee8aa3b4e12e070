package app.frontline.security;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS for the API, as a servlet filter ahead of Spring Security (and of the readiness gate): a
 * preflight carries no credentials, so it is answered here before any authentication, and the
 * CORS headers reach a browser app on its 401, 403 and 503 answers too, so it can read their JSON.
 * Credentials are tokens in the Authorization header, never cookies: {@code allowCredentials} stays
 * off, so a page on an allowed origin cannot ride on a signed-in user's session.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(CorsProperties.class)
class ApiCors {

    /** Before the readiness gate (-110) and Spring Security's filter chain (-100). */
    static final int ORDER = -120;

    @Bean
    FilterRegistrationBean<CorsFilter> apiCorsFilter(CorsProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.allowedOrigins().isEmpty()) {
            CorsConfiguration api = new CorsConfiguration();
            api.setAllowedOriginPatterns(properties.allowedOrigins().stream().map(String::trim).toList());
            api.setAllowedMethods(List.of("GET", "POST"));
            api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT));
            api.setExposedHeaders(List.of(HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER));
            api.setAllowCredentials(false);
            api.setMaxAge(properties.maxAgeSeconds());
            for (String path : List.of("/graphql", "/graphql/**", "/api/**")) {
                source.registerCorsConfiguration(path, api);
            }
        }
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(ORDER);
        return registration;
    }
}
