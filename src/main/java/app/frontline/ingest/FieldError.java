package app.frontline.ingest;

/** One broken rule of a record: the field's path (e.g. {@code refunds[1].amount}) and why. */
record FieldError(String field, String reason) {
}
