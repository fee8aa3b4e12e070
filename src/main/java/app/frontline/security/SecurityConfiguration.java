package app.frontline.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains, after one for the platforms' signed webhooks ({@link #webhooks}).
 *
 * <ol>
 * <li><b>API clients</b>: a request to {@code /graphql} or {@code /api/**} that carries an
 * {@code Authorization} header (Bearer token or HTTP Basic), or no session cookie (so it is
 * answered 401, not sent to the login page). Stateless (no session is read or
 * created) and without CSRF tokens: a browser never adds a Bearer header by itself, and a
 * cross-site page cannot send a request with an Authorization header or a JSON/NDJSON body without
 * a CORS preflight, which this app grants only to {@code frontline.cors.allowed-origins}, and never
 * with cookies ({@link ApiCors}). (A browser adds cached Basic credentials by
 * itself, but it caches them only after its own Basic prompt, which this app never triggers: a
 * 401 here carries no {@code WWW-Authenticate: Basic}.)</li>
 * <li><b>Browsers</b>: everything else, with Vaadin's configuration: a session from the login
 * view, CSRF tokens (Vaadin's own for its UIDL requests; Spring's for the rest, so GraphiQL sends
 * one), {@code /graphql} and {@code /graphiql} only when signed in (401, not a login redirect, for
 * {@code /graphql} and {@code /api/**}).</li>
 * </ol>
 * Which fields a signed-in caller may see is not decided here but in {@link FieldGuard}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final RequestMatcher API = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/graphql"),
            PathPatternRequestMatcher.pathPattern("/graphql/**"), PathPatternRequestMatcher.pathPattern("/api/**"));

    /** A JSON 401 (ApiErrors): an API client reads why, and no WWW-Authenticate: Basic prompt follows. */
    static final AuthenticationEntryPoint SIGN_IN = (request, response, e) -> ApiErrors.write(request, response,
            HttpStatus.UNAUTHORIZED, "Authentication required: send Authorization: Bearer <API token> "
                    + "(or HTTP Basic with a user's name and password, for trying things out).");
    static final AccessDeniedHandler DENIED = (request, response, e) -> ApiErrors.write(request, response,
            HttpStatus.FORBIDDEN, "Forbidden: your role or token scope does not allow this request.");

    /**
     * {@code /actuator/**}: the liveness and readiness probes (status only) for anyone, as load
     * balancers and orchestrators call them without credentials; everything else (health details,
     * Prometheus metrics) for administrators only.
     */
    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.pathPattern("/actuator/**"))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PathPatternRequestMatcher.pathPattern("/actuator/health"),
                                PathPatternRequestMatcher.pathPattern("/actuator/health/liveness"),
                                PathPatternRequestMatcher.pathPattern("/actuator/health/readiness")).permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(SIGN_IN))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(SIGN_IN).accessDeniedHandler(DENIED))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * The platforms' webhooks ({@code app.frontline.connector}): authenticated by the signature of
     * their body, which the endpoint checks itself, so no user, session or CSRF token here.
     */
    @Bean
    @Order(0)
    SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/webhooks/shopify"),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/webhooks/zendesk")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiClients(HttpSecurity http, ApiTokens tokens,
            ObjectProvider<SecurityContextHolderStrategy> holder) throws Exception {
        http.securityMatcher(request -> API.matches(request)
                        && (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getRequestedSessionId() == null))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(SIGN_IN))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(SIGN_IN).accessDeniedHandler(DENIED))
                .headers(SecurityConfiguration::headers)
                .addFilterAfter(new AuthenticationAttributeFilter(), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browsers(HttpSecurity http, ApplicationContext context) throws Exception {
        http.authorizeHttpRequests(a -> a
                        // Boot's error page for a request that failed in a handler (e.g. unreadable JSON)
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(API).authenticated()
                        .requestMatchers(PathPatternRequestMatcher.pathPattern("/graphiql"),
                                PathPatternRequestMatcher.pathPattern("/graphiql/**"),
                                // GraphiQL's scripts and styles
                                PathPatternRequestMatcher.pathPattern("/webjars/**")).authenticated())
                // a page gets the app's 4xx page; only the API answers JSON (with one mapping alone,
                // Spring Security would use it for every request)
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(SIGN_IN, API)
                        .defaultAccessDeniedHandlerFor(DENIED, API)
                        .defaultAccessDeniedHandlerFor(new org.springframework.security.web.access.AccessDeniedHandlerImpl(),
                                org.springframework.security.web.util.matcher.AnyRequestMatcher.INSTANCE))
                .headers(SecurityConfiguration::headers)
                .addFilterAfter(new AuthenticationAttributeFilter(), AuthorizationFilter.class);
        if (context.getBeanNamesForType(RequestUtil.class).length > 0) {
            http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        } else {
            // started without Vaadin's auto-configuration (a command, a test's child JVM)
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        }
        return http.build();
    }

    /** Spring Security's defaults (nosniff, frame DENY, no-cache, HSTS on HTTPS) and no referrer off-site. */
    private static void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
