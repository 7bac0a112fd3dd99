package io.evalstream.item.messaging;

/**
 * Not every event of a run reached the broker (a nack, a timeout, a closed channel). The run stays PLANNING
 * and is emitted again later; deterministic request ids make the repeat harmless.
 */
public class EmissionException extends RuntimeException {
    public EmissionException(String message, Throwable cause) {
        super(message, cause);
    }
}
