package app.frontline.metric.engine;

import app.frontline.metric.Scope;
import app.frontline.metric.store.FactCursor;
import app.frontline.metric.store.FactStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a request's scopes a fact counts in, found by the fact's team and agent codes without a
 * lookup by string: the store's scopes always, its team's and its agent's when they were asked for,
 * each with its channel and tag slices (which only conversations and surveys can match).
 */
final class Routes {

    private static final int[] NONE = new int[0];

    private final int[] store;
    private final int[][] byTeam;
    private final int[][] byAgent;
    private final int[] sliceDimension;
    private final int[] sliceCode;
    private final int[][] found = new int[3][];

    Routes(FactStore facts, List<Scope> scopes) {
        Map<Integer, List<Integer>> teams = new HashMap<>();
        Map<Integer, List<Integer>> agents = new HashMap<>();
        List<Integer> stores = new ArrayList<>();
        sliceDimension = new int[scopes.size()];
        sliceCode = new int[scopes.size()];
        for (int i = 0; i < scopes.size(); i++) {
            Scope scope = scopes.get(i);
            if (scope.slice() != null) {
                sliceDimension[i] = scope.slice().dimension() == Scope.Slice.Dimension.CHANNEL ? 1 : 2;
                sliceCode[i] = sliceDimension[i] == 1 ? FactStore.CHANNELS.indexOf(scope.slice().value())
                        : facts.tagCode(scope.slice().value());
                if (sliceCode[i] < 0) {
                    sliceCode[i] = Integer.MIN_VALUE;
                }
            }
            switch (scope.kind()) {
                case STORE -> stores.add(i);
                case TEAM -> {
                    int code = facts.teamCode(scope.id());
                    if (code >= 0) {
                        teams.computeIfAbsent(code, c -> new ArrayList<>()).add(i);
                    }
                }
                case AGENT -> {
                    int code = facts.agentCode(scope.id());
                    if (code >= 0) {
                        agents.computeIfAbsent(code, c -> new ArrayList<>()).add(i);
                    }
                }
            }
        }
        store = toArray(stores);
        byTeam = table(teams);
        byAgent = table(agents);
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[][] table(Map<Integer, List<Integer>> byCode) {
        int max = byCode.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        int[][] table = new int[max + 1][];
        byCode.forEach((code, targets) -> table[code] = toArray(targets));
        return table;
    }

    /** The target lists of a fact: the store's, its team's, its agent's (empty where not asked). Reused per call. */
    int[][] of(FactCursor fact) {
        int team = fact.team();
        int agent = fact.agent();
        found[0] = store;
        found[1] = team >= 0 && team < byTeam.length && byTeam[team] != null ? byTeam[team] : NONE;
        found[2] = agent >= 0 && agent < byAgent.length && byAgent[agent] != null ? byAgent[agent] : NONE;
        return found;
    }

    boolean sliced(int target) {
        return sliceDimension[target] != 0;
    }

    boolean matches(int target, FactCursor fact) {
        return sliceDimension[target] == 1 ? fact.channel() == sliceCode[target] : fact.hasTag(sliceCode[target]);
    }
}
