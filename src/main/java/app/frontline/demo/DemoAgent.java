package app.frontline.demo;

import org.jspecify.annotations.Nullable;

/**
 * An agent; works from day index {@code firstDay} up to but excluding {@code endDay} (an inactive
 * agent left part-way, a new hire starts late). {@code speed} spreads capacity across agents.
 */
record DemoAgent(int index, String id, String name, @Nullable String email, DemoTeam team,
                 boolean active, int firstDay, int endDay, double speed, double weekendRota) {

    boolean employedOn(int day) {
        return day >= firstDay && day < endDay;
    }
}
