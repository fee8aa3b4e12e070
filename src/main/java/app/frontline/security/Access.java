package app.frontline.security;

import app.frontline.agent.AgentRepository;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * The one place access decisions come from: the GraphQL field guard (so {@code /graphql} and the
 * UI's in-process client) and {@code POST /api/import} ask it for the caller's {@link Permissions}.
 */
@Service
public class Access {

    private final AgentRepository agents;
    private final SecurityContextHolderStrategy holder;

    /**
     * @param holder this application context's strategy (Vaadin registers one) rather than the
     *     static holder's, which the last started context with Vaadin replaced
     */
    Access(AgentRepository agents, ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.agents = agents;
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
}
