package io.evalstream.inference.consumer;

import io.evalstream.inference.config.InferenceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instance-wide bound on requests being answered at once ({@code evalstream.inference.max-concurrency}),
 * shared by every consumer of {@code eval-requests} and handed out in arrival order.
 *
 * <p>Why one queue for the whole instance, not a bound per batch: with a bound per batch, the batches of the
 * instance's consumers got turns at the endpoint in interleaved order, so they drained together and the endpoint
 * fell idle each time they all ended at once (seen as in-flight dips to near 0 every few seconds in
 * {@code evalstream bench-provider}'s timeline). In arrival order the oldest batch finishes first while the
 * younger ones already fill the slots it frees.
 *
 * <p>A task runs on the thread that frees its slot, or the submitting one. Hand-outs are trampolined: a task that
 * finishes at once (a built-in model) and releases its slot inside {@link #submit} does not recurse into the next
 * one, so a batch of thousands cannot overflow the stack.
 */
@ApplicationScoped
public class AnswerSlots {
    private final int limit;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private final AtomicInteger wip = new AtomicInteger();
    private int inUse;

    @Inject
    public AnswerSlots(InferenceConfig config) {
        this(config.maxConcurrency());
    }

    public AnswerSlots(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("evalstream.inference.max-concurrency must be at least 1, not " + limit);
        }
        this.limit = limit;
    }

    /** Runs {@code task} once a slot is free, after every task submitted before it; it must {@link #release} once. */
    public void submit(Runnable task) {
        synchronized (this) {
            waiting.add(task);
        }
        drain();
    }

    /** Gives back the slot of a task that has finished. */
    public void release() {
        synchronized (this) {
            inUse--;
        }
        drain();
    }

    /** Slots held now (for tests and metrics). */
    public synchronized int inUse() {
        return inUse;
    }

    /** Tasks waiting for a slot now. */
    public synchronized int waiting() {
        return waiting.size();
    }

    private void drain() {
        if (wip.getAndIncrement() != 0) {
            return; // the thread already draining will see this call's change
        }
        int missed = 1;
        do {
            while (true) {
                Runnable next;
                synchronized (this) {
                    if (inUse >= limit || waiting.isEmpty()) {
                        break;
                    }
                    inUse++;
                    next = waiting.poll();
                }
                next.run();
            }
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }
}
