package app.frontline.security;

/**
 * A field the viewer may not see. Answered as a GraphQL error classified FORBIDDEN whose message
 * names nothing but the field (see {@link ForbiddenResolver}): no ids, no team, no values.
 */
class Forbidden extends RuntimeException {

    Forbidden() {
        super("Forbidden", null, false, false);
    }
}
