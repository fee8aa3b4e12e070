package app.frontline.metric;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whose numbers: the whole store, one team or one agent, optionally narrowed to a slice of the
 * conversations (one channel or one tag). A slice narrows the conversation and survey metrics;
 * orders, order actions and logins have no channel or tag, so their metrics are null in a slice.
 */
public record Scope(Kind kind, @Nullable String id, @Nullable Slice slice) {

    public static final Scope STORE = new Scope(Kind.STORE, null, null);

    public enum Kind { STORE, TEAM, AGENT }

    public Scope {
        Objects.requireNonNull(kind);
        if ((kind == Kind.STORE) != (id == null)) {
            throw new IllegalArgumentException("a " + kind + " scope " + (id == null ? "needs" : "has no") + " id");
        }
    }

    public static Scope team(String id) {
        return new Scope(Kind.TEAM, id, null);
    }

    public static Scope agent(String id) {
        return new Scope(Kind.AGENT, id, null);
    }

    public Scope within(@Nullable Slice slice) {
        return new Scope(kind, id, slice);
    }

    /** The same scope without its slice. */
    public Scope whole() {
        return slice == null ? this : new Scope(kind, id, null);
    }

    /** A part of the conversations: those of one channel, or those carrying one tag. */
    public record Slice(Dimension dimension, String value) {

        public enum Dimension { CHANNEL, TAG }

        public static Slice channel(String channel) {
            return new Slice(Dimension.CHANNEL, channel);
        }

        public static Slice tag(String tag) {
            return new Slice(Dimension.TAG, tag);
        }
    }
}
