package app.frontline.security;

import java.util.Locale;

/**
 * What an API token allows: {@code read} every query an administrator may run except users and
 * tokens; {@code ingest} imports ({@code importRecords}, {@code POST /api/import}).
 */
public enum TokenScope {
    READ, INGEST;

    /** {@code SCOPE_read}, {@code SCOPE_ingest}: the OAuth-style authority a token request carries. */
    public String authority() {
        return "SCOPE_" + name().toLowerCase(Locale.ROOT);
    }
}
