package app.frontline.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is asking, read from the authorities of any {@link Authentication} (a session, HTTP Basic, a
 * bearer token, or a test's mock user): roles as {@code ROLE_*}, the teams a manager manages as
 * {@code TEAM:<id>}, an agent's record as {@code AGENT:<id>}, token scopes as {@code SCOPE_*}.
 */
public record Viewer(String name, Set<Role> roles, Set<String> teamIds, @Nullable String agentId,
        Set<TokenScope> scopes) {

    public static final String TEAM_PREFIX = "TEAM:";
    public static final String AGENT_PREFIX = "AGENT:";
    public static final Viewer ANONYMOUS = new Viewer("", Set.of(), Set.of(), null, Set.of());

    public Viewer {
        roles = Set.copyOf(roles);
        teamIds = Set.copyOf(teamIds);
        scopes = Set.copyOf(scopes);
    }

    public static Viewer of(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return of(authentication.getName(), authentication.getAuthorities());
    }

    static Viewer of(String name, Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        Set<String> teams = new LinkedHashSet<>();
        String agent = null;
        for (GrantedAuthority granted : authorities) {
            String a = granted.getAuthority();
            if (a == null) {
                continue;
            }
            for (Role role : Role.values()) {
                if (a.equals(role.authority())) {
                    roles.add(role);
                }
            }
            for (TokenScope scope : TokenScope.values()) {
                if (a.equals(scope.authority())) {
                    scopes.add(scope);
                }
            }
            if (a.startsWith(TEAM_PREFIX)) {
                teams.add(a.substring(TEAM_PREFIX.length()));
            } else if (a.startsWith(AGENT_PREFIX)) {
                agent = a.substring(AGENT_PREFIX.length());
            }
        }
        return new Viewer(name, roles, teams, agent, scopes);
    }

    public boolean authenticated() {
        return !roles.isEmpty() || !scopes.isEmpty();
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** Administrators and {@code read} tokens see every number and row of the store. */
    public boolean readsEverything() {
        return is(Role.ADMIN) || scopes.contains(TokenScope.READ);
    }

    public boolean mayIngest() {
        return is(Role.ADMIN) || scopes.contains(TokenScope.INGEST);
    }
}
