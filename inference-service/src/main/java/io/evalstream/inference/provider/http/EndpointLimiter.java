package io.evalstream.inference.provider.http;

import io.evalstream.inference.provider.control.AimdLimit;
import io.evalstream.inference.provider.control.Outcome;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Bounds the requests in flight per endpoint (base URL), without blocking: a caller past the limit gets a future
 * completed when a permit frees up, in arrival order. Endpoints are independent, so a slow one never holds permits
 * another needs.
 *
 * <p>The bound is the smaller of two: an adaptive {@link AimdLimit} between {@code min} and {@code max} that the
 * endpoint's own answers move (overload answers shrink it, clean windows grow it), and a cap set from outside (the
 * share of the endpoint's registered concurrency this instance holds, see
 * {@link io.evalstream.inference.provider.control.SharedBudgets}). An endpoint that asked us to wait
 * ({@code Retry-After}, {@code x-ratelimit-reset-*}) is paused: no permit is handed out until then, so that the
 * other requests do not hammer it while one request waits out its backoff.
 */
public final class EndpointLimiter {
    private final int min;
    private final int initial;
    private final int max;
    private final double decrease;
    private final Duration cooldown;
    private final LongSupplier clock;
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    /** A fixed bound of {@code maxInFlight} per endpoint (it still shrinks on overload, down to 1). */
    public EndpointLimiter(int maxInFlight) {
        this(1, maxInFlight, maxInFlight, 0.5, Duration.ofSeconds(1), System::nanoTime);
    }

    public EndpointLimiter(int min, int initial, int max, double decrease, Duration cooldown, LongSupplier clock) {
        if (max < 1) {
            throw new IllegalArgumentException("max in-flight per endpoint must be at least 1");
        }
        this.min = Math.max(1, Math.min(min, max));
        this.initial = initial;
        this.max = max;
        this.decrease = decrease;
        this.cooldown = cooldown;
        this.clock = clock;
    }

    /** Completes when the caller holds a permit for {@code endpoint}; it must then {@link #release} it once. */
    public CompletableFuture<Void> acquire(String endpoint) {
        return endpoint(endpoint).acquire();
    }

    /** Gives a permit back without telling the limit anything (the attempt was cancelled before it was sent). */
    public void release(String endpoint) {
        release(endpoint, Outcome.NEUTRAL);
    }

    /** Gives a permit back and lets the attempt's outcome move the adaptive limit. */
    public void release(String endpoint, Outcome outcome) {
        endpoints.get(endpoint).release(outcome);
    }

    /** Requests in flight to {@code endpoint} now. */
    public int inFlight(String endpoint) {
        Endpoint e = endpoints.get(endpoint);
        return e == null ? 0 : e.inFlight();
    }

    /** The adaptive limit of {@code endpoint} now (before the cap). */
    public int limit(String endpoint) {
        return endpoint(endpoint).limit();
    }

    /** Caps {@code endpoint} at {@code cap} permits (Integer.MAX_VALUE: no cap); may wake waiters. */
    public void cap(String endpoint, int cap) {
        endpoint(endpoint).cap(cap);
    }

    /** Hands out no permit for {@code endpoint} during {@code wait} (what the endpoint asked for). */
    public void pause(String endpoint, Duration wait) {
        if (!wait.isZero() && !wait.isNegative()) {
            endpoint(endpoint).pause(wait);
        }
    }

    private Endpoint endpoint(String name) {
        return endpoints.computeIfAbsent(name, e -> new Endpoint());
    }

    private final class Endpoint {
        private final Queue<CompletableFuture<Void>> waiting = new ArrayDeque<>();
        private final AimdLimit limit = new AimdLimit(min, initial, max, decrease, cooldown.toNanos(), clock);
        private int cap = Integer.MAX_VALUE;
        private int inFlight;
        private long pausedUntil;
        private boolean wakeScheduled;

        synchronized CompletableFuture<Void> acquire() {
            if (waiting.isEmpty() && !paused() && inFlight < bound()) {
                inFlight++;
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> permit = new CompletableFuture<>();
            waiting.add(permit);
            return permit;
        }

        void release(Outcome outcome) {
            synchronized (this) {
                inFlight--;
                if (outcome == Outcome.SUCCESS) {
                    limit.success();
                } else if (outcome == Outcome.OVERLOAD) {
                    limit.overload();
                }
            }
            handOut();
        }

        void cap(int value) {
            synchronized (this) {
                cap = value;
            }
            handOut();
        }

        void pause(Duration wait) {
            synchronized (this) {
                long until = clock.getAsLong() + wait.toNanos();
                if (until <= pausedUntil) {
                    return;
                }
                pausedUntil = until;
            }
            scheduleWake(wait);
        }

        private void scheduleWake(Duration wait) {
            synchronized (this) {
                if (wakeScheduled) {
                    return;
                }
                wakeScheduled = true;
            }
            CompletableFuture.runAsync(() -> {
                synchronized (this) {
                    wakeScheduled = false;
                }
                long left = remainingPauseNanos();
                if (left > 0) {
                    scheduleWake(Duration.ofNanos(left));
                } else {
                    handOut();
                }
            }, CompletableFuture.delayedExecutor(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS));
        }

        private synchronized long remainingPauseNanos() {
            return pausedUntil - clock.getAsLong();
        }

        /** Hands permits to waiters while the bound allows; completed outside the lock (continuations run here). */
        private void handOut() {
            List<CompletableFuture<Void>> granted = new ArrayList<>();
            synchronized (this) {
                while (!paused() && inFlight < bound()) {
                    CompletableFuture<Void> next = waiting.poll();
                    if (next == null) {
                        break;
                    }
                    if (next.isDone()) {
                        continue; // cancelled meanwhile
                    }
                    inFlight++;
                    granted.add(next);
                }
            }
            for (CompletableFuture<Void> permit : granted) {
                if (!permit.complete(null)) {
                    release(Outcome.NEUTRAL);
                }
            }
        }

        private boolean paused() {
            return pausedUntil != 0 && clock.getAsLong() < pausedUntil;
        }

        private int bound() {
            return Math.min(limit.limit(), cap);
        }

        synchronized int inFlight() {
            return inFlight;
        }

        synchronized int limit() {
            return limit.limit();
        }
    }
}
