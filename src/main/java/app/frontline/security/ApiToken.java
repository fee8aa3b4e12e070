package app.frontline.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An API token as stored: only the SHA-256 of its secret, as the document's id, so a request's
 * token is found by one unique-key lookup. A fast hash is enough here: the secret is 256 random
 * bits, not a password a person chose, so no dictionary or brute force applies (bcrypt would cost
 * every API request ~50 ms of CPU).
 *
 * @param tokenId the public handle admins revoke it by ({@code tok_...}), not a secret
 * @param prefix the secret's first characters, to recognise it in a list
 */
@Document("apiTokens")
record ApiToken(@Id String hash, String tokenId, String name, Set<TokenScope> scopes, String prefix, String createdBy,
        Instant createdAt, @Nullable Instant revokedAt) {

    boolean active() {
        return revokedAt == null;
    }

    ApiToken revoked(Instant at) {
        return new ApiToken(hash, tokenId, name, scopes, prefix, createdBy, createdAt, at);
    }

    @Override
    public String toString() {
        return "ApiToken[" + tokenId + ", " + name + ", " + scopes + "]";
    }
}
