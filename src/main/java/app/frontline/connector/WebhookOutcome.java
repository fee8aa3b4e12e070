package app.frontline.connector;

/**
 * What became of one delivery, as the webhook answers it (always 2xx once the signature held: the
 * platform has nothing to retry).
 *
 * @param status {@code stored}, {@code waiting}, {@code duplicate}, {@code ignored} or {@code dead-letter}
 * @param detail the stored record's id, or why not
 */
public record WebhookOutcome(String status, String detail) {

    public static WebhookOutcome stored(String detail) {
        return new WebhookOutcome("stored", detail);
    }

    public static WebhookOutcome waiting(String detail) {
        return new WebhookOutcome("waiting", detail);
    }

    public static WebhookOutcome duplicate(String deliveryId) {
        return new WebhookOutcome("duplicate", "delivery " + deliveryId + " was handled before");
    }

    public static WebhookOutcome ignored(String detail) {
        return new WebhookOutcome("ignored", detail);
    }

    public static WebhookOutcome deadLetter(String detail) {
        return new WebhookOutcome("dead-letter", detail);
    }
}
