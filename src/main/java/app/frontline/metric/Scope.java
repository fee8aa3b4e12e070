package app.frontline.metric;

import org.jspecify.annotations.Nullable;

/** Whose numbers: the whole store, one team or one agent. */
public record Scope(Kind kind, @Nullable String id) {

    public static final Scope STORE = new Scope(Kind.STORE, null);

    public enum Kind { STORE, TEAM, AGENT }

    public static Scope team(String id) {
        return new Scope(Kind.TEAM, id);
    }

    public static Scope agent(String id) {
        return new Scope(Kind.AGENT, id);
    }
}
