package app.frontline.cadence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.Repository;

interface BenchmarkRepository extends Repository<Benchmark, String> {

    List<Benchmark> findAll();

    List<Benchmark> findByTeamId(@Nullable String teamId);

    Benchmark save(Benchmark benchmark);

    boolean existsById(String id);

    void deleteById(String id);
}
