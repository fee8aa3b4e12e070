package app.frontline.metric.store;

import java.util.Arrays;

/**
 * Agents' teams and status and teams' first-reply SLA, by code: the attribution rules' lookup
 * tables (an order counts for its agent's team as it is now).
 */
final class Directory implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    static final int DEFAULT_SLA_MINUTES = 60;

    private int[] teamOfAgent = Columns.fill(new int[16], 0, -1);
    private boolean[] active = new boolean[16];
    private int[] slaMinutes = Columns.fill(new int[16], 0, DEFAULT_SLA_MINUTES);

    int teamOf(int agent) {
        return agent >= 0 && agent < teamOfAgent.length ? teamOfAgent[agent] : -1;
    }

    boolean active(int agent) {
        return agent >= 0 && agent < active.length && active[agent];
    }

    long slaMillis(int team) {
        return 60_000L * (team >= 0 && team < slaMinutes.length ? slaMinutes[team] : DEFAULT_SLA_MINUTES);
    }

    /** Sets an agent; returns whether its team or status changed. */
    boolean agent(int agent, int team, boolean isActive) {
        if (agent >= teamOfAgent.length) {
            int old = teamOfAgent.length;
            int capacity = Columns.grown(old, agent + 1);
            teamOfAgent = Columns.fill(Arrays.copyOf(teamOfAgent, capacity), old, -1);
            active = Arrays.copyOf(active, capacity);
        }
        boolean changed = teamOfAgent[agent] != team || active[agent] != isActive;
        teamOfAgent[agent] = team;
        active[agent] = isActive;
        return changed;
    }

    boolean team(int team, int minutes) {
        if (team >= slaMinutes.length) {
            int old = slaMinutes.length;
            slaMinutes = Columns.fill(Arrays.copyOf(slaMinutes, Columns.grown(old, team + 1)), old, DEFAULT_SLA_MINUTES);
        }
        boolean changed = slaMinutes[team] != minutes;
        slaMinutes[team] = minutes;
        return changed;
    }

    int agents() {
        return teamOfAgent.length;
    }
}
