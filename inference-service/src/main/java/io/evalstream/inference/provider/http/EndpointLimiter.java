package io.evalstream.inference.provider.http;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code maxInFlight} requests in flight per endpoint (base URL), without blocking: a caller past the
 * limit gets a future completed when a permit frees up, in arrival order. Endpoints are independent, so a slow
 * one never holds permits another needs.
 */
public final class EndpointLimiter {
    private final int maxInFlight;
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    public EndpointLimiter(int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("max in-flight per endpoint must be at least 1");
        }
        this.maxInFlight = maxInFlight;
    }

    /** Completes when the caller holds a permit for {@code endpoint}; it must then {@link #release} it once. */
    public CompletableFuture<Void> acquire(String endpoint) {
        return endpoints.computeIfAbsent(endpoint, e -> new Endpoint()).acquire();
    }

    public void release(String endpoint) {
        endpoints.get(endpoint).release();
    }

    /** Requests in flight to {@code endpoint} now. */
    public int inFlight(String endpoint) {
        Endpoint e = endpoints.get(endpoint);
        return e == null ? 0 : e.inFlight();
    }

    private final class Endpoint {
        private final Queue<CompletableFuture<Void>> waiting = new ArrayDeque<>();
        private int inFlight;

        synchronized CompletableFuture<Void> acquire() {
            if (inFlight < maxInFlight) {
                inFlight++;
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> permit = new CompletableFuture<>();
            waiting.add(permit);
            return permit;
        }

        void release() {
            CompletableFuture<Void> next;
            synchronized (this) {
                // hand the permit to the next waiter still interested; one cancelled meanwhile is skipped
                do {
                    next = waiting.poll();
                } while (next != null && next.isDone());
                if (next == null) {
                    inFlight--;
                    return;
                }
            }
            // completed outside the lock: the waiter's continuation runs here
            if (!next.complete(null)) {
                release();
            }
        }

        synchronized int inFlight() {
            return inFlight;
        }
    }
}
