package app.frontline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer flt_...}: the request runs as the token, with its scopes as
 * authorities ({@code SCOPE_read}, {@code SCOPE_ingest}). An unknown or revoked token is a 401;
 * the secret itself is never logged or echoed.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final SecurityContextHolderStrategy holder;
    private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

    BearerTokenFilter(ApiTokens tokens, SecurityContextHolderStrategy holder) {
        this.tokens = tokens;
        this.holder = holder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiToken> token = tokens.authenticate(header.substring(7).trim());
        if (token.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            // written here, not with sendError: its error dispatch would go through the browser chain
            ApiErrors.write(request, response, HttpStatus.UNAUTHORIZED, "The API token is unknown or revoked.");
            return;
        }
        var authorities = token.get().scopes().stream().map(s -> new SimpleGrantedAuthority(s.authority())).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated("token:" + token.get().name(), null,
                authorities);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        // kept for the request's async dispatch (GraphQL answers asynchronously), which this
        // once-per-request filter does not see: the chain restores it from the request
        repository.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
