package app.frontline.cadence;

import app.frontline.agent.Agent;
import app.frontline.agent.AgentRepository;
import app.frontline.error.FieldError;
import app.frontline.metric.Direction;
import app.frontline.metric.MetricCatalogue;
import app.frontline.metric.MetricDefinition;
import app.frontline.team.TeamRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Setting, listing and removing benchmarks, with the rules a benchmark must keep. */
@Service
public class Benchmarks {

    private final BenchmarkRepository repository;
    private final TeamRepository teams;
    private final AgentRepository agents;
    private final Clock clock;

    Benchmarks(BenchmarkRepository repository, TeamRepository teams, AgentRepository agents, Clock clock) {
        this.repository = repository;
        this.teams = teams;
        this.agents = agents;
        this.clock = clock;
    }

    /** What a client asked to set. */
    public record Input(String metric, @Nullable String teamId, double target, double warn, double breach) {
    }

    /** Either the stored benchmark or why it was refused. */
    public record Outcome(@Nullable Benchmark saved, List<FieldError> errors) {
    }

    public Outcome set(Input input) {
        List<FieldError> errors = validate(input);
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        return new Outcome(repository.save(Benchmark.of(input.metric(), input.teamId(), input.target(), input.warn(),
                input.breach(), clock.instant())), List.of());
    }

    public boolean delete(String metric, @Nullable String teamId) {
        String id = Benchmark.id(metric, teamId);
        if (!repository.existsById(id)) {
            return false;
        }
        repository.deleteById(id);
        return true;
    }

    /** The store-wide benchmarks, or one team's own, in catalogue order. */
    public List<Benchmark> list(@Nullable String teamId) {
        List<String> order = MetricCatalogue.all().stream().map(MetricDefinition::key).toList();
        return repository.findByTeamId(teamId).stream()
                .sorted(Comparator.comparingInt(b -> order.indexOf(b.metric()))).toList();
    }

    /** The benchmark that applies to a team's (or, with null, the store's) values. */
    public Optional<Benchmark> effective(String metric, @Nullable String teamId) {
        return Optional.ofNullable(table().effective(metric, teamId));
    }

    BenchmarkTable table() {
        return new BenchmarkTable(repository.findAll(), () -> agents.findAll(Sort.unsorted()).stream()
                .collect(Collectors.toMap(Agent::id, Agent::teamId, (a, b) -> a)));
    }

    /**
     * Thresholds run from target towards worse values: for higher-is-better target ≥ warn ≥ breach,
     * for lower-is-better target ≤ warn ≤ breach. Equal neighbours are allowed (warn = breach: no
     * WARN band). NEUTRAL metrics have no worse side, so they take no benchmark.
     */
    static List<FieldError> validate(Input input, Direction direction) {
        List<FieldError> errors = new ArrayList<>();
        if (direction == Direction.NEUTRAL) {
            errors.add(new FieldError("metric", input.metric() + " is neutral (neither higher nor lower is better),"
                    + " so it takes no benchmark"));
            return errors;
        }
        boolean higher = direction == Direction.HIGHER_IS_BETTER;
        String way = higher ? "higher is better" : "lower is better";
        if (higher ? input.warn() > input.target() : input.warn() < input.target()) {
            errors.add(new FieldError("warn", "must be " + (higher ? "at most" : "at least") + " the target ("
                    + number(input.target()) + ") for " + input.metric() + ", where " + way));
        }
        if (higher ? input.breach() > input.warn() : input.breach() < input.warn()) {
            errors.add(new FieldError("breach", "must be " + (higher ? "at most" : "at least") + " warn ("
                    + number(input.warn()) + ") for " + input.metric() + ", where " + way));
        }
        return errors;
    }

    private List<FieldError> validate(Input input) {
        Optional<MetricDefinition> metric = MetricCatalogue.find(input.metric());
        if (metric.isEmpty()) {
            return List.of(new FieldError("metric", "no metric '" + input.metric() + "'"));
        }
        List<FieldError> errors = new ArrayList<>(validate(input, metric.get().direction()));
        if (input.teamId() != null && teams.findById(input.teamId()).isEmpty()) {
            errors.add(new FieldError("teamId", "no team with id '" + input.teamId() + "'"));
        }
        return errors;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

}
