package app.frontline.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, String> {

    /** By the SHA-256 of the secret: the document's id. */
    Optional<ApiToken> findById(String hash);

    /** By the public handle; the collection holds a few tokens, so no index is needed. */
    Optional<ApiToken> findByTokenId(String tokenId);

    List<ApiToken> findAll(Sort sort);

    ApiToken save(ApiToken token);
}
