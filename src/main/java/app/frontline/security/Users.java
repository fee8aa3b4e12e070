package app.frontline.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The users collection: sign-in lookups for Spring Security, and what an administrator manages. */
@Service
class Users implements UserDetailsService {

    static final int MIN_PASSWORD = 8;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final UserRepository repository;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Users(UserRepository repository, PasswordEncoder encoder, Clock clock) {
        this.repository = repository;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = repository.findById(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.username()).password(account.passwordHash())
                .authorities(account.authorities()).build();
    }

    /** A new user, or the reason it cannot be created (written for the administrator). */
    Result create(String username, String password, Role role, Set<String> teamIds, @Nullable String agentId) {
        if (!USERNAME.matcher(username).matches()) {
            return Result.error("username: 1 to 64 letters, digits or . _ @ -");
        }
        if (password.length() < MIN_PASSWORD) {
            return Result.error("password: at least " + MIN_PASSWORD + " characters");
        }
        if (role == Role.MANAGER && teamIds.isEmpty()) {
            return Result.error("teamIds: a manager manages at least one team");
        }
        if (role == Role.AGENT && (agentId == null || agentId.isBlank())) {
            return Result.error("agentId: an agent user is linked to one agent record");
        }
        if (repository.findById(username).isPresent()) {
            return Result.error("username: " + username + " exists");
        }
        return Result.ok(save(username, password, role, teamIds, agentId));
    }

    /** Without the checks of {@link #create}: demo users and the bootstrap administrator. */
    UserAccount save(String username, String password, Role role, Set<String> teamIds, @Nullable String agentId) {
        return repository.save(new UserAccount(username, encoder.encode(password), role,
                role == Role.MANAGER ? Set.copyOf(teamIds) : Set.of(), role == Role.AGENT ? agentId : null,
                clock.instant()));
    }

    boolean delete(String username) {
        boolean existed = repository.findById(username).isPresent();
        repository.deleteById(username);
        return existed;
    }

    boolean exists(String username) {
        return repository.findById(username).isPresent();
    }

    long count() {
        return repository.count();
    }

    List<UserAccount> all() {
        return repository.findAll(Sort.by("_id"));
    }

    record Result(@Nullable UserAccount user, @Nullable String error) {
        static Result ok(UserAccount user) {
            return new Result(user, null);
        }

        static Result error(String error) {
            return new Result(null, error);
        }
    }
}
