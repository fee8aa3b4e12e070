package app.frontline.security;

import app.frontline.agent.AgentRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one place access decisions come from: the GraphQL field guard (so {@code /graphql} and the
 * UI's in-process client) and {@code POST /api/import} ask it for the caller's {@link Permissions}.
 */
@Service
public class Access {

    private final AgentRepository agents;

    Access(AgentRepository agents) {
        this.agents = agents;
    }

    public Permissions of(@Nullable Authentication authentication) {
        return new Permissions(Viewer.of(authentication), agents::findById);
    }

    /** The permissions of the authentication on this thread (a servlet request, a Vaadin UI). */
    public Permissions current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }
}
