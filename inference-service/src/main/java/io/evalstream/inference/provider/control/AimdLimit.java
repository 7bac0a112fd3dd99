package io.evalstream.inference.provider.control;

import java.util.function.LongSupplier;

/**
 * An additive-increase / multiplicative-decrease concurrency limit for one endpoint, as TCP does for its window:
 * the endpoint's overload answers (429, 503) halve it (at most once per {@code cooldown}, since one burst of
 * overload answers reports one overload, not many), and every clean window of {@code limit} successful answers
 * without an overload raises it by one, always between {@code min} and {@code max}. Not thread-safe: the owning
 * {@link EndpointLimiter} endpoint guards it.
 */
public final class AimdLimit {
    private final int min;
    private final int max;
    private final double decrease;
    private final long cooldownNanos;
    private final LongSupplier clock;
    private int limit;
    private int successes;
    private long lastDecrease;
    private boolean decreasedEver;

    public AimdLimit(int min, int initial, int max, double decrease, long cooldownNanos, LongSupplier clock) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("need 1 <= min <= max, got min " + min + ", max " + max);
        }
        if (decrease <= 0 || decrease >= 1) {
            throw new IllegalArgumentException("the decrease factor must be in (0, 1), got " + decrease);
        }
        this.min = min;
        this.max = max;
        this.limit = Math.max(min, Math.min(max, initial));
        this.decrease = decrease;
        this.cooldownNanos = cooldownNanos;
        this.clock = clock;
    }

    public int limit() {
        return limit;
    }

    /** A successful answer: one more towards a clean window, after which the limit grows by one. */
    public void success() {
        if (++successes >= limit) {
            successes = 0;
            if (limit < max) {
                limit++;
            }
        }
    }

    /** An overload answer: shrink, unless the endpoint already made us shrink within the cooldown. */
    public void overload() {
        long now = clock.getAsLong();
        successes = 0;
        if (decreasedEver && now - lastDecrease < cooldownNanos) {
            return;
        }
        decreasedEver = true;
        lastDecrease = now;
        limit = Math.max(min, (int) Math.floor(limit * decrease));
    }
}
