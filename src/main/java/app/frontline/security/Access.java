package app.frontline.security;

import app.frontline.agent.AgentRepository;
import graphql.GraphQLContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * The one place access decisions come from: the GraphQL field guard (so {@code /graphql} and the
 * UI's in-process client), {@code POST /api/import} and the digest (who an e-mail may name) ask it
 * for the caller's {@link Permissions}.
 */
@Service
public class Access {

    private final AgentRepository agents;
    private final UserRepository users;
    private final SecurityContextHolderStrategy holder;

    /**
     * @param holder this application context's strategy (Vaadin registers one) rather than the
     *     static holder's, which the last started context with Vaadin replaced
     */
    Access(AgentRepository agents, UserRepository users, ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.agents = agents;
        this.users = users;
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Permissions of(@Nullable Authentication authentication) {
        return new Permissions(Viewer.of(authentication), agents::findById);
    }

    /** The permissions of the authentication on this thread (a Vaadin UI, a test's mock user). */
    public Permissions current() {
        return of(holder.getContext().getAuthentication());
    }

    /** The permissions of a servlet request's caller, as its security filter chain authenticated it. */
    public Permissions of(HttpServletRequest request) {
        return of(request.getUserPrincipal() instanceof Authentication a ? a : null);
    }

    /**
     * The permissions of a GraphQL execution's caller: those the field guard decided when the
     * execution started, so a resolver that lists agents itself (the digest) keeps to the same rule.
     */
    public Permissions of(GraphQLContext context) {
        Permissions decided = context.get(Permissions.class);
        if (decided != null) {
            return decided;
        }
        Authentication authentication = context.get(Authentication.class);
        return authentication != null ? of(authentication) : current();
    }

    /**
     * Who reads an e-mail sent to {@code address}: the user of that name when there is one (user
     * names may be e-mail addresses), else a manager of {@code teamIds} only, the least a
     * configured recipient of those teams' mail is trusted with.
     */
    public Permissions recipient(String address, Set<String> teamIds) {
        Optional<UserAccount> user = users.findById(address.trim());
        if (user.isPresent()) {
            return new Permissions(Viewer.of(user.get().username(), user.get().authorities()), agents::findById);
        }
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Role.MANAGER.authority()));
        teamIds.forEach(t -> authorities.add(new SimpleGrantedAuthority(Viewer.TEAM_PREFIX + t)));
        return new Permissions(Viewer.of(address.trim(), authorities), agents::findById);
    }
}
