package app.frontline.cadence;

import app.frontline.error.FieldError;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.MetricDefinition;
import app.frontline.team.Team;
import app.frontline.team.TeamRepository;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class BenchmarkController {

    private final Benchmarks benchmarks;
    private final TeamRepository teams;

    BenchmarkController(Benchmarks benchmarks, TeamRepository teams) {
        this.benchmarks = benchmarks;
        this.teams = teams;
    }

    @QueryMapping
    List<Benchmark> benchmarks(@Argument @Nullable String teamId) {
        return benchmarks.list(teamId);
    }

    @MutationMapping
    Object setBenchmark(@Argument Benchmarks.Input input) {
        Benchmarks.Outcome outcome = benchmarks.set(input);
        return outcome.saved() != null ? new BenchmarkSaved(outcome.saved()) : new BenchmarkRejected(outcome.errors());
    }

    @MutationMapping
    DeleteBenchmarkPayload deleteBenchmark(@Argument String metric, @Argument @Nullable String teamId) {
        return new DeleteBenchmarkPayload(benchmarks.delete(metric, teamId));
    }

    @SchemaMapping(typeName = "Benchmark")
    MetricDefinition metric(Benchmark benchmark) {
        return MetricCatalogue.get(benchmark.metric());
    }

    @SchemaMapping(typeName = "Benchmark")
    OffsetDateTime updatedAt(Benchmark benchmark) {
        return benchmark.updatedAt().atOffset(ZoneOffset.UTC);
    }

    /** One read of the teams for a whole list of benchmarks. */
    @BatchMapping(typeName = "Benchmark")
    Map<Benchmark, @Nullable Team> team(List<Benchmark> list) {
        List<String> ids = list.stream().map(Benchmark::teamId).filter(Objects::nonNull).distinct().toList();
        Map<String, Team> byId = ids.isEmpty() ? Map.of()
                : teams.findByIdIn(ids).stream().collect(Collectors.toMap(Team::id, Function.identity()));
        Map<Benchmark, @Nullable Team> result = new java.util.HashMap<>();
        list.forEach(b -> result.put(b, b.teamId() == null ? null : byId.get(b.teamId())));
        return result;
    }

    record BenchmarkSaved(Benchmark benchmark) {
    }

    /** The GraphQL BenchmarkRejected, a Rejection (schema/errors.graphqls). */
    record BenchmarkRejected(List<FieldError> errors) {
    }

    record DeleteBenchmarkPayload(boolean deleted) {
    }

}
