package app.frontline.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * API tokens: {@code flt_} and 43 characters of 32 random bytes, shown once when created, stored
 * only as their SHA-256 (see {@link ApiToken}), revocable.
 */
@Service
class ApiTokens {

    static final String PREFIX = "flt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository repository;
    private final Clock clock;

    ApiTokens(ApiTokenRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    Created create(String name, Set<TokenScope> scopes, String createdBy) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        ApiToken token = repository.save(new ApiToken(hash(secret), "tok_" + HexFormat.of().formatHex(id), name,
                Set.copyOf(scopes), secret.substring(0, PREFIX.length() + 4), createdBy, clock.instant(), null));
        return new Created(token, secret);
    }

    /** The active token with this secret. */
    Optional<ApiToken> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return repository.findById(hash(secret)).filter(ApiToken::active);
    }

    @Nullable ApiToken revoke(String tokenId) {
        return repository.findByTokenId(tokenId)
                .map(t -> t.active() ? repository.save(t.revoked(clock.instant())) : t)
                .orElse(null);
    }

    List<ApiToken> all() {
        return repository.findAll(Sort.by("createdAt"));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token just created, with its secret: the only time the secret exists outside the caller. */
    record Created(ApiToken token, String secret) {
        @Override
        public String toString() {
            return "Created[" + token + "]";
        }
    }
}
