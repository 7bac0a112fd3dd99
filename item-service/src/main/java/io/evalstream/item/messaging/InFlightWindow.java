package io.evalstream.item.messaging;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Bounds the records sent but not yet acknowledged by the broker, and remembers the first failure. Sending
 * many records without waiting for each ack is what makes emission fast; bounding them is what keeps memory
 * flat and the emitter's buffer from overflowing.
 */
final class InFlightWindow {
    private final Semaphore permits;
    private final int size;
    private final Duration timeout;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    InFlightWindow(int size, Duration timeout) {
        this.permits = new Semaphore(size);
        this.size = size;
        this.timeout = timeout;
    }

    /** Waits for a free slot; fails the emission when none frees up in time (the broker stopped acking). */
    void acquire() {
        try {
            if (!permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new EmissionException("no broker acknowledgement within " + timeout, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmissionException("interrupted while waiting for broker acknowledgements", e);
        }
    }

    void acked() {
        permits.release();
    }

    void failed(Throwable cause) {
        failure.compareAndSet(null, cause);
        permits.release();
    }

    boolean hasFailed() {
        return failure.get() != null;
    }

    /** Waits until every record sent so far is acknowledged, then reports the first failure if there was one. */
    void awaitAll(String what) {
        try {
            if (!permits.tryAcquire(size, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new EmissionException("not every " + what + " was acknowledged within " + timeout, null);
            }
            permits.release(size);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmissionException("interrupted while waiting for broker acknowledgements", e);
        }
        Throwable cause = failure.get();
        if (cause != null) {
            throw new EmissionException("the broker rejected a " + what + ": " + cause.getMessage(), cause);
        }
    }
}
