package app.frontline.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Users another feature brings with it, without the administrator's checks: the demo data's users
 * (the demo feature knows its own team and agent ids; this feature does not know the demo).
 */
@Service
public class UserProvisioning {

    private final Users users;

    UserProvisioning(Users users) {
        this.users = users;
    }

    /** Creates the user unless one of that name exists (an edited password is never reset); true if created. */
    public boolean createIfAbsent(String username, String password, Role role, Set<String> teamIds,
            @Nullable String agentId) {
        if (users.exists(username)) {
            return false;
        }
        users.save(username, password, role, teamIds, agentId);
        return true;
    }
}
