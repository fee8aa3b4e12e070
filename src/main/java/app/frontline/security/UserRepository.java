package app.frontline.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

interface UserRepository extends Repository<UserAccount, String> {

    Optional<UserAccount> findById(String username);

    List<UserAccount> findAll(Sort sort);

    UserAccount save(UserAccount user);

    void deleteById(String username);

    long count();
}
