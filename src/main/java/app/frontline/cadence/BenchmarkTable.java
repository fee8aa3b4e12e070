package app.frontline.cadence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Every benchmark, read once, with the fallback rule: a team's own benchmark, else the store's.
 * Agents are judged by their team's; the agent → team map is read only when an agent is judged.
 */
final class BenchmarkTable {

    private final Map<String, Benchmark> byId = new HashMap<>();
    private final Supplier<Map<String, String>> teamOfAgent;
    private @Nullable Map<String, String> agents;

    BenchmarkTable(List<Benchmark> benchmarks, Supplier<Map<String, String>> teamOfAgent) {
        benchmarks.forEach(b -> byId.put(b.id(), b));
        this.teamOfAgent = teamOfAgent;
    }

    @Nullable Benchmark effective(String metric, @Nullable String teamId) {
        Benchmark own = teamId == null ? null : byId.get(Benchmark.id(metric, teamId));
        return own != null ? own : byId.get(Benchmark.id(metric, null));
    }

    synchronized @Nullable String teamOf(String agentId) {
        if (agents == null) {
            agents = teamOfAgent.get();
        }
        return agents.get(agentId);
    }
}
