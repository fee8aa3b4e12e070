package app.frontline.connector;

/**
 * Published when a ticket names an order (or stops naming it), so the order connector re-imports the
 * order with its {@code conversationId}: the two connectors know each other only through this.
 *
 * @param orderRef what the ticket holds: the order's id, name ({@code #1001}) or number
 */
public record OrderLinked(String orderRef) {
}
