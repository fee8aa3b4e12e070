package app.frontline.period;

/** A period that cannot be resolved; its message says which part and why, for the client. */
public class InvalidPeriodException extends IllegalArgumentException {
    public InvalidPeriodException(String message) {
        super(message);
    }
}
