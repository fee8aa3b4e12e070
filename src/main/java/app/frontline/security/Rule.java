package app.frontline.security;

import app.frontline.agent.Agent;
import app.frontline.team.Team;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** What one GraphQL field needs before it runs, and which items of a list it answers may stay. */
interface Rule {

    /** Throws {@link Forbidden} when the viewer may not run the field with these arguments. */
    void check(Permissions p, DataFetchingEnvironment env);

    default @Nullable Object filter(Permissions p, @Nullable Object result) {
        return result;
    }

    static Rule when(Predicate<Permissions> allowed) {
        return (p, env) -> require(allowed.test(p));
    }

    static Rule whenField(BiPredicate<Permissions, DataFetchingEnvironment> allowed) {
        return (p, env) -> require(allowed.test(p, env));
    }

    Rule ANYONE = when(Permissions::authenticated);
    Rule STORE_AGGREGATE = when(Permissions::storeAggregate);
    Rule ADMIN = when(Permissions::admin);
    Rule INGEST = when(Permissions::ingest);

    /** teamId / agentId arguments choose the scope: an agent, a team, or (neither) the store. */
    static Rule scoped(boolean rows) {
        return whenField((p, env) -> {
            String agentId = env.getArgument("agentId");
            String teamId = env.getArgument("teamId");
            if (agentId != null) {
                return p.agent(agentId) && (teamId == null || (rows ? p.teamRows(teamId) : p.teamAggregate(teamId)));
            }
            if (teamId != null) {
                return rows ? p.teamRows(teamId) : p.teamAggregate(teamId);
            }
            return rows ? p.storeRows() : p.storeAggregate();
        });
    }

    static Rule argument(String name, BiPredicate<Permissions, String> allowed) {
        return whenField((p, env) -> {
            String value = env.getArgument(name);
            return value == null || allowed.test(p, value);
        });
    }

    static Rule teamSource(boolean rows) {
        return whenField((p, env) -> {
            Team team = env.getSource();
            return team != null && (rows ? p.teamRows(team.id()) : p.teamAggregate(team.id()));
        });
    }

    static Rule agentSource() {
        return whenField((p, env) -> env.getSource() instanceof Agent agent && p.agent(agent));
    }

    /** Lists of teams keep those whose numbers the viewer may see. */
    Rule VISIBLE_TEAMS = filtering(Team.class, (p, t) -> p.team(t.id()));
    /**
     * Lists of agents keep those whose numbers the viewer may see; a single agent (a conversation's
     * assignee, an order's creator) the viewer may not see becomes null, as an unknown one does.
     */
    Rule VISIBLE_AGENTS = filtering(Agent.class, Permissions::agent);

    static <T> Rule filtering(Class<T> type, BiPredicate<Permissions, T> keep) {
        return new Rule() {
            @Override
            public void check(Permissions p, DataFetchingEnvironment env) {
                require(p.authenticated());
            }

            @Override
            public @Nullable Object filter(Permissions p, @Nullable Object result) {
                if (p.viewer().readsEverything()) {
                    return result;
                }
                if (result instanceof CompletionStage<?> stage) {
                    return stage.thenApply(r -> filter(p, r));
                }
                if (result instanceof List<?> list) {
                    return list.stream().filter(item -> !type.isInstance(item) || keep.test(p, type.cast(item))).toList();
                }
                return type.isInstance(result) && !keep.test(p, type.cast(result)) ? null : result;
            }
        };
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new Forbidden();
        }
    }
}
