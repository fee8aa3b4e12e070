package app.frontline.error;

/**
 * One broken rule of a refused input: the field (a path into the input, such as
 * {@code orders[2].refunds[0].amount}) and why, in words written for the client. The GraphQL type
 * {@code FieldError} that every {@code Rejection} lists (schema/errors.graphqls), and what the
 * importer reports per refused record.
 */
public record FieldError(String field, String reason) {
}
