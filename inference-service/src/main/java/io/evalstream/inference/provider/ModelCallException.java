package io.evalstream.inference.provider;

/**
 * A model call that failed for a known reason. {@code kind} is one of the stable {@link
 * io.evalstream.contracts.ErrorInfo} kinds (RATE_LIMITED, SERVER, BAD_REQUEST, CONNECTION, UNSUPPORTED, ...);
 * the message ends up in the response, so it must never contain a secret.
 */
public class ModelCallException extends RuntimeException {
    private final String kind;
    private final Integer httpStatus;
    private final int attempts;

    public ModelCallException(String kind, Integer httpStatus, String message) {
        this(kind, httpStatus, message, 1);
    }

    /** A failure after {@code attempts} tries (a provider's own retries), reported in the response. */
    public ModelCallException(String kind, Integer httpStatus, String message, int attempts) {
        super(message);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.attempts = Math.max(1, attempts);
    }

    public int attempts() {
        return attempts;
    }

    public String kind() {
        return kind;
    }

    public Integer httpStatus() {
        return httpStatus;
    }
}
