package app.frontline.security;

import static app.frontline.security.Rule.ADMIN;
import static app.frontline.security.Rule.ANYONE;
import static app.frontline.security.Rule.INGEST;
import static app.frontline.security.Rule.STORE_AGGREGATE;
import static app.frontline.security.Rule.VISIBLE_AGENTS;
import static app.frontline.security.Rule.VISIBLE_TEAMS;

import java.util.Map;
import java.util.Optional;

/**
 * Every guarded field by its coordinates, one line each. A field of Query, Mutation or
 * Subscription that is not listed here is for administrators only (a new operation is closed until
 * someone decides who may run it; {@code AccessMatrixTest} fails until its row is added there too).
 * Fields of other types are open unless listed: they are reached only through guarded ones.
 */
final class FieldRules {

    static final Rule UNLISTED_OPERATION = ADMIN;

    private static final Map<String, Rule> RULES = Map.ofEntries(
            // directory: lists keep what the viewer may see; a single team or agent is all or nothing
            Map.entry("Query.teams", VISIBLE_TEAMS),
            Map.entry("Query.team", Rule.argument("id", Permissions::team)),
            Map.entry("Query.agents", VISIBLE_AGENTS),
            Map.entry("Query.agent", Rule.argument("id", Permissions::agent)),
            Map.entry("Team.agents", VISIBLE_AGENTS),
            // numbers
            Map.entry("Query.kpis", STORE_AGGREGATE),
            Map.entry("Query.metricDefinitions", ANYONE),
            Map.entry("Query.series", Rule.scoped(false)),
            Map.entry("Query.channelBreakdown", Rule.scoped(false)),
            Map.entry("Query.tagBreakdown", Rule.scoped(false)),
            Map.entry("Query.leaderboard", Rule.scoped(true)),
            Map.entry("Query.recordCounts", STORE_AGGREGATE),
            Map.entry("Team.kpis", Rule.teamSource(false)),
            Map.entry("Agent.kpis", Rule.agentSource()),
            // rows behind the numbers
            Map.entry("Query.conversations", Rule.scoped(true)),
            Map.entry("Query.orders", Rule.scoped(true)),
            Map.entry("Team.conversations", Rule.teamSource(true)),
            Map.entry("Team.orders", Rule.teamSource(true)),
            Map.entry("Agent.conversations", Rule.agentSource()),
            Map.entry("Agent.orders", Rule.agentSource()),
            // reporting cadence: a manager reads and sets the benchmarks of their own teams
            Map.entry("Query.benchmarks", Rule.scoped(false)),
            Map.entry("Mutation.setBenchmark", Rule.whenField((p, env) -> {
                Object input = env.getArgument("input");
                Object teamId = input instanceof Map<?, ?> map ? map.get("teamId") : null;
                return p.admin() || teamId != null && p.teamBenchmarks(teamId.toString());
            })),
            Map.entry("Mutation.deleteBenchmark", Rule.whenField((p, env) -> {
                String teamId = env.getArgument("teamId");
                return p.admin() || teamId != null && p.teamBenchmarks(teamId);
            })),
            Map.entry("Query.surges", Rule.scoped(false)),
            Map.entry("Query.forecast", Rule.scoped(false)),
            Map.entry("Query.weeklyDigest", Rule.scoped(false)),
            Map.entry("Mutation.sendWeeklyDigest", ADMIN),
            Map.entry("Subscription.todayKpis", Rule.scoped(false)),
            // rollups
            Map.entry("Query.rollupStatus", STORE_AGGREGATE),
            Map.entry("Mutation.rebuildRollups", ADMIN),
            // ingest
            Map.entry("Mutation.importRecords", INGEST),
            Map.entry("Query.connectorDeadLetters", ADMIN),
            // users and tokens
            Map.entry("Query.me", ANYONE),
            Map.entry("Query.users", ADMIN),
            Map.entry("Query.apiTokens", ADMIN),
            Map.entry("Mutation.createUser", ADMIN),
            Map.entry("Mutation.deleteUser", ADMIN),
            Map.entry("Mutation.createApiToken", ADMIN),
            Map.entry("Mutation.revokeApiToken", ADMIN));

    private FieldRules() {
    }

    static Optional<Rule> find(String typeName, String fieldName) {
        return Optional.ofNullable(RULES.get(typeName + "." + fieldName));
    }
}
