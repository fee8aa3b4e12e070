package app.frontline.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

public interface TeamRepository extends Repository<Team, String> {

    List<Team> findAll(Sort sort);

    Optional<Team> findById(String id);

    List<Team> findByIdIn(Collection<String> ids);
}
