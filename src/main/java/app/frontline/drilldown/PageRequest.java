package app.frontline.drilldown;

import app.frontline.BadRequestException;
import org.jspecify.annotations.Nullable;

/** A page asked for: its size (checked against the cap) and where it starts. */
record PageRequest(int first, @Nullable Cursor after, boolean countTotal) {

    static final int MAX_FIRST = 100;

    static PageRequest of(@Nullable Integer first, @Nullable String after, boolean countTotal) {
        int size = first == null ? 25 : first;
        if (size < 0 || size > MAX_FIRST) {
            throw new BadRequestException("first: " + size + " is outside 0.." + MAX_FIRST
                    + "; page through larger lists with after");
        }
        return new PageRequest(size, after == null ? null : Cursor.decode(after), countTotal);
    }
}
