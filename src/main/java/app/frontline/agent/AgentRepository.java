package app.frontline.agent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

public interface AgentRepository extends Repository<Agent, String> {

    List<Agent> findAll(Sort sort);

    List<Agent> findByTeamId(String teamId, Sort sort);

    List<Agent> findByTeamIdIn(Collection<String> teamIds, Sort sort);

    Optional<Agent> findById(String id);
}
