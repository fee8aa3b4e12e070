package app.frontline.connector;

/** A payload that cannot be turned into records; the message says why and becomes the dead letter's reason. */
public class MappingException extends RuntimeException {

    public MappingException(String reason) {
        super(reason);
    }
}
