package app.frontline.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who works today: most employed agents on weekdays, a rota at weekends. Writes their logins
 * (one to three a working day, from the morning in their team's zone) and hands out work,
 * faster agents getting more of it.
 */
final class Shifts {

    private static final double[] LOGINS_PER_DAY = {0.55, 0.33, 0.12};

    private final Context ctx;
    private final List<List<DemoAgent>> workingByTeam = new ArrayList<>();
    private final List<DemoAgent> working = new ArrayList<>();
    private long loginSeq;

    Shifts(Context ctx) {
        this.ctx = ctx;
    }

    void writeDay(int day) throws IOException {
        Rng rng = ctx.rng;
        LocalDate date = ctx.date(day);
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        workingByTeam.clear();
        working.clear();
        for (DemoTeam team : ctx.roster.teams) {
            List<DemoAgent> today = new ArrayList<>();
            List<DemoAgent> employed = new ArrayList<>();
            for (DemoAgent agent : ctx.roster.agents) {
                if (agent.team() == team && agent.employedOn(day)) {
                    employed.add(agent);
                    if (rng.chance(weekend ? agent.weekendRota() : 0.92)) {
                        today.add(agent);
                    }
                }
            }
            if (today.isEmpty() && !employed.isEmpty()) {
                today.add(employed.get(rng.between(0, employed.size() - 1)));
            }
            workingByTeam.add(today);
            working.addAll(today);
        }
        for (DemoAgent agent : working) {
            writeLogins(agent, date, rng);
        }
    }

    private void writeLogins(DemoAgent agent, LocalDate date, Rng rng) throws IOException {
        int count = 1 + rng.weighted(LOGINS_PER_DAY);
        long at = date.atStartOfDay(agent.team().zone()).toEpochSecond() + 7 * 3600 + 1800
            + rng.between(0, 2 * 3600);
        for (int i = 0; i < count; i++) {
            if (at >= ctx.now) {
                return;
            }
            ctx.line.begin("login", "l-" + ++loginSeq).str("agentId", agent.id())
                .time("at", at, TimeStyle.draw(rng, ctx.offsets(agent.team().zone())));
            ctx.write();
            ctx.logins++;
            at += rng.between(9000, 18_000);
        }
    }

    /** A working agent of the team, or null when nobody of it works today. */
    @Nullable DemoAgent assign(DemoTeam team) {
        return pick(workingByTeam.get(team.index()));
    }

    @Nullable DemoAgent anyWorking() {
        return pick(working);
    }

    /** Someone employed on the given day, for actions taken later than today. */
    DemoAgent employedOn(int day) {
        List<DemoAgent> agents = ctx.roster.agents;
        for (int attempt = 0; attempt < 20; attempt++) {
            DemoAgent agent = agents.get(ctx.rng.between(0, agents.size() - 1));
            if (agent.employedOn(day)) {
                return agent;
            }
        }
        return agents.get(0);
    }

    private @Nullable DemoAgent pick(List<DemoAgent> agents) {
        if (agents.isEmpty()) {
            return null;
        }
        double total = 0;
        for (DemoAgent a : agents) {
            total += a.speed();
        }
        double x = ctx.rng.uniform() * total;
        for (DemoAgent a : agents) {
            x -= a.speed();
            if (x < 0) {
                return a;
            }
        }
        return agents.get(agents.size() - 1);
    }
}
