/**
 * Who may see what: users (MongoDB, hashed passwords) with the roles ADMIN, MANAGER and AGENT, API
 * tokens with the scopes {@code read} and {@code ingest}, the login view, the HTTP security chains,
 * and the field guard that applies the same rules to every GraphQL request, from {@code /graphql}
 * and from the UI's in-process client alike. Also the request limits (depth, complexity, timeout).
 *
 * <p>Public API: {@link app.frontline.security.Access} and the values {@link app.frontline.security.Viewer},
 * {@link app.frontline.security.Permissions}, {@link app.frontline.security.Role},
 * {@link app.frontline.security.TokenScope}, and {@link app.frontline.security.UserProvisioning} for the
 * users another feature brings (the demo). Everything else is package-private.
 */
@NullMarked
package app.frontline.security;

import org.jspecify.annotations.NullMarked;
