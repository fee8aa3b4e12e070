package app.frontline.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A user as stored: the password only as a {@code DelegatingPasswordEncoder} hash ({@code {bcrypt}...}).
 *
 * @param teamIds the teams a MANAGER manages
 * @param agentId the agent record an AGENT is
 */
@Document("users")
record UserAccount(@Id String username, String passwordHash, Role role, Set<String> teamIds,
        @Nullable String agentId, Instant createdAt) {

    List<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (role == Role.MANAGER) {
            teamIds.forEach(t -> authorities.add(new SimpleGrantedAuthority(Viewer.TEAM_PREFIX + t)));
        }
        if (role == Role.AGENT && agentId != null) {
            authorities.add(new SimpleGrantedAuthority(Viewer.AGENT_PREFIX + agentId));
        }
        return authorities;
    }

    @Override
    public String toString() {
        // never the hash, in a log line or an error
        return "UserAccount[" + username + ", " + role + "]";
    }
}
