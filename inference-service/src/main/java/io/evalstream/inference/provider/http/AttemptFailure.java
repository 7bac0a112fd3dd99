package io.evalstream.inference.provider.http;

import java.time.Duration;
import java.util.Optional;

/**
 * Why one attempt failed, and whether another may succeed: 429, 5xx, timeouts and connection failures may;
 * other 4xx, auth failures and malformed bodies never do. {@code retryAfter} is what the server asked for.
 */
final class AttemptFailure extends RuntimeException {
    final String kind;
    final Integer httpStatus;
    final boolean retryable;
    final Optional<Duration> retryAfter;

    AttemptFailure(String kind, Integer httpStatus, String message, boolean retryable, Optional<Duration> retryAfter) {
        super(message, null, false, false);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    static AttemptFailure fatal(String kind, Integer httpStatus, String message) {
        return new AttemptFailure(kind, httpStatus, message, false, Optional.empty());
    }

    static AttemptFailure transientFailure(String kind, Integer httpStatus, String message, Optional<Duration> retryAfter) {
        return new AttemptFailure(kind, httpStatus, message, true, retryAfter);
    }
}
