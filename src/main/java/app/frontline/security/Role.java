package app.frontline.security;

/** What a signed-in user is: the store's administrator, a manager of some teams, or one agent. */
public enum Role {
    ADMIN, MANAGER, AGENT;

    /** The Spring Security authority, {@code ROLE_ADMIN}: what {@code @RolesAllowed("ADMIN")} checks. */
    public String authority() {
        return "ROLE_" + name();
    }
}
