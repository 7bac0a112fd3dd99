package io.evalstream.inference.provider.control;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One endpoint's circuit breaker: after {@code threshold} consecutive failed attempts (5xx, timeouts, connection
 * failures; not 429, which the adaptive limit handles, nor a 4xx the caller caused) it opens, and for
 * {@code openFor} every attempt is refused at once, without a call: a dead endpoint then costs each request
 * nothing instead of its full retry budget, and the Kafka partition moves on. After {@code openFor} one probe
 * attempt is let through (half-open); its success closes the circuit, its failure opens it again.
 *
 * <p>Small and synchronized rather than SmallRye Fault Tolerance's programmatic breaker: it is keyed by endpoint
 * at run time, must never block, and must tell the refused request why and for how long.
 */
public final class CircuitBreaker {
    /** The states of the breaker. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long openForNanos;
    private final LongSupplier clock;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean probing;

    public CircuitBreaker(int threshold, Duration openFor, LongSupplier clock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the circuit breaker threshold must be at least 1");
        }
        this.threshold = threshold;
        this.openForNanos = openFor.toNanos();
        this.clock = clock;
    }

    /**
     * Whether an attempt may go now: empty if so (the caller must then report its outcome), otherwise why not.
     * In half-open state only one probe is in flight at a time.
     */
    public synchronized Optional<String> refusal() {
        if (state == State.OPEN) {
            long waited = clock.getAsLong() - openedAt;
            if (waited < openForNanos) {
                return Optional.of("circuit open after " + consecutiveFailures + " consecutive failures; next probe in "
                        + Duration.ofNanos(openForNanos - waited).toMillis() + " ms");
            }
            state = State.HALF_OPEN;
            probing = false;
        }
        if (state == State.HALF_OPEN) {
            if (probing) {
                return Optional.of("circuit half-open after " + consecutiveFailures
                        + " consecutive failures; a probe request is in flight");
            }
            probing = true;
        }
        return Optional.empty();
    }

    /** Reports an admitted attempt's outcome. */
    public synchronized void record(Outcome outcome) {
        if (outcome == Outcome.FAILURE) {
            consecutiveFailures++;
            if (state == State.HALF_OPEN || consecutiveFailures >= threshold) {
                state = State.OPEN;
                openedAt = clock.getAsLong();
                probing = false;
            }
            return;
        }
        if (state == State.HALF_OPEN && outcome == Outcome.OVERLOAD) {
            // the endpoint answers again, if only to say "slow down": the probe succeeded
            probing = false;
        }
        consecutiveFailures = 0;
        state = State.CLOSED;
        probing = false;
    }

    /** An admitted attempt that was never sent (cancelled while waiting): a half-open breaker may probe again. */
    public synchronized void abandon() {
        probing = false;
    }

    public synchronized State state() {
        return state;
    }
}
