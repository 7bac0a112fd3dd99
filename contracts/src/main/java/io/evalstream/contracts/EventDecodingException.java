package io.evalstream.contracts;

/**
 * A payload that is not a valid event of this contract. Its message is the reason written to the
 * dead-letter record, so it names what is wrong (the field, or the schema version).
 */
public class EventDecodingException extends RuntimeException {
    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
