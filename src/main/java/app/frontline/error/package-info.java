/**
 * What every feature says to a client whose input it refuses: {@link app.frontline.error.FieldError},
 * the element of every {@code Rejection} of the GraphQL schema (schema/errors.graphqls). A module of
 * its own, depending on nothing, so any feature may use it without a cycle (the root package may
 * not serve: the application class there depends on the command features).
 */
@NullMarked
package app.frontline.error;

import org.jspecify.annotations.NullMarked;
