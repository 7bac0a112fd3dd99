package io.evalstream.scoring.stream;

/** A derived event was not acknowledged by the broker: the batch that produced it must not be acknowledged. */
public class SendFailedException extends RuntimeException {
    public SendFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
