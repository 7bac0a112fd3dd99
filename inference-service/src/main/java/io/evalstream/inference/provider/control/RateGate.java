package io.evalstream.inference.provider.control;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A per-minute budget (requests, or tokens) held as a rate, without blocking: each caller reserves its cost on a
 * virtual schedule (the generic cell rate algorithm) and gets a future completed when its slot comes, so callers
 * are spread evenly over the minute instead of spending the budget in its first second. At most {@code burst}
 * of budget may be used ahead of schedule. At rate 0 (no share granted yet) callers wait for a rate.
 *
 * <p>Token costs are not known before the answer: a caller reserves an estimate and {@link #adjust corrects} it
 * with the usage the answer reports, so the budget is kept on what was really spent.
 */
public final class RateGate {
    private final LongSupplier clock;
    private final Duration burst;
    private double perMinute;
    private long theoretical; // nanos: when the budget spent so far would have been spent at the rate
    private final List<Pending> pending = new ArrayList<>();

    /** A burst allowance in seconds of rate. */
    public record Duration(double seconds) {
    }

    public RateGate(double perMinute, Duration burst, LongSupplier clock) {
        this.perMinute = perMinute;
        this.burst = burst;
        this.clock = clock;
        this.theoretical = clock.getAsLong();
    }

    /** Reserves {@code cost} units; completes when they may be spent. */
    public CompletableFuture<Void> acquire(double cost) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        long wait;
        synchronized (this) {
            if (perMinute <= 0) {
                pending.add(new Pending(cost, ready));
                return ready;
            }
            wait = reserve(cost);
        }
        complete(ready, wait);
        return ready;
    }

    /** Corrects a reservation by {@code delta} units (actual minus estimated; may be negative). */
    public synchronized void adjust(double delta) {
        if (perMinute > 0 && delta != 0) {
            long now = clock.getAsLong();
            theoretical += nanosFor(delta);
            // a refund never lends budget from the past beyond the burst allowance
            theoretical = Math.max(theoretical, now);
        }
    }

    /** Sets the rate (units per minute); callers waiting for a rate are scheduled. */
    public void rate(double value) {
        List<Pending> released;
        List<Long> waits = new ArrayList<>();
        synchronized (this) {
            if (value == perMinute) {
                return;
            }
            perMinute = value;
            if (value <= 0 || pending.isEmpty()) {
                return;
            }
            released = new ArrayList<>(pending);
            pending.clear();
            for (Pending p : released) {
                waits.add(reserve(p.cost()));
            }
        }
        for (int i = 0; i < released.size(); i++) {
            complete(released.get(i).ready(), waits.get(i));
        }
    }

    public synchronized double rate() {
        return perMinute;
    }

    /** Reserves a slot; returns the nanos to wait for it. */
    private long reserve(double cost) {
        long now = clock.getAsLong();
        long start = Math.max(theoretical, now);
        long wait = start - burstNanos() - now;
        theoretical = start + nanosFor(cost);
        return Math.max(0, wait);
    }

    private long burstNanos() {
        return (long) (burst.seconds() * 1e9);
    }

    private long nanosFor(double cost) {
        return (long) (cost * 60e9 / perMinute);
    }

    private static void complete(CompletableFuture<Void> ready, long waitNanos) {
        if (waitNanos <= 0) {
            ready.complete(null);
        } else {
            Executor later = CompletableFuture.delayedExecutor(Math.max(1, waitNanos / 1_000_000), TimeUnit.MILLISECONDS);
            later.execute(() -> ready.complete(null));
        }
    }

    private record Pending(double cost, CompletableFuture<Void> ready) {
    }
}
