package app.frontline;

/**
 * A request the client got wrong (a bad argument, cursor or page size). Its message is written for
 * the client and is returned as a GraphQL error classified BAD_REQUEST.
 */
public class BadRequestException extends IllegalArgumentException {
    public BadRequestException(String message) {
        super(message);
    }
}
