package app.frontline.security;

import app.frontline.error.FieldError;
import java.time.Clock;
import java.util.ArrayList;
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

    /** A new user, or every broken rule of the input (written for the administrator). */
    Result create(String username, String password, Role role, Set<String> teamIds, @Nullable String agentId) {
        List<FieldError> errors = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "1 to 64 letters, digits or . _ @ -"));
        } else if (repository.findById(username).isPresent()) {
            errors.add(new FieldError("username", username + " exists"));
        }
        if (password.length() < MIN_PASSWORD) {
            errors.add(new FieldError("password", "at least " + MIN_PASSWORD + " characters"));
        }
        if (role == Role.MANAGER && teamIds.isEmpty()) {
            errors.add(new FieldError("teamIds", "a manager manages at least one team"));
        }
        if (role == Role.AGENT && (agentId == null || agentId.isBlank())) {
            errors.add(new FieldError("agentId", "an agent user is linked to one agent record"));
        }
        return errors.isEmpty() ? Result.ok(save(username, password, role, teamIds, agentId)) : new Result(null, errors);
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

    /** The user created, or (user null) why not. */
    record Result(@Nullable UserAccount user, List<FieldError> errors) {
        static Result ok(UserAccount user) {
            return new Result(user, List.of());
        }
    }
}
