package io.evalstream.stub;

/**
 * Requests per minute in fixed one-minute windows, like the request budgets hosted APIs announce with
 * {@code x-ratelimit-*} headers. A refused request learns when the window resets: that is its
 * {@code Retry-After}.
 */
final class RateLimiter {
    private static final long WINDOW_NANOS = 60_000_000_000L;
    private final int perMinute;
    private long windowStart = System.nanoTime();
    private int used;

    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Admits a request, or returns how many milliseconds remain until the window resets (at least 1). */
    synchronized long tryAcquire() {
        if (perMinute <= 0) {
            return 0;
        }
        long now = System.nanoTime();
        if (now - windowStart >= WINDOW_NANOS) {
            windowStart = now;
            used = 0;
        }
        if (used < perMinute) {
            used++;
            return 0;
        }
        return Math.max(1, (WINDOW_NANOS - (now - windowStart)) / 1_000_000);
    }

    synchronized int remaining() {
        return Math.max(0, perMinute - used);
    }

    int limit() {
        return perMinute;
    }
}
