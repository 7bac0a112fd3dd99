package io.evalstream.scoring.stream;

import io.evalstream.scoring.config.ScoringConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Limits RUNNING status events to one per run per interval (per instance). The completion event is never
 * throttled: it is emitted by the one batch that completed the run.
 */
@ApplicationScoped
public class ProgressThrottle {
    private final long intervalNanos;
    private final LongSupplier clock;
    private final Map<String, Long> lastEmitted = new ConcurrentHashMap<>();

    @Inject
    public ProgressThrottle(ScoringConfig config) {
        this(config.progressInterval(), System::nanoTime);
    }

    public ProgressThrottle(Duration interval, LongSupplier nanoClock) {
        this.intervalNanos = interval.toNanos();
        this.clock = nanoClock;
    }

    /** Whether a progress event for {@code runId} may be emitted now; if so, the interval starts again. */
    public boolean tryAcquire(String runId) {
        long now = clock.getAsLong();
        boolean[] acquired = { false };
        lastEmitted.compute(runId, (id, last) -> {
            if (last == null || now - last >= intervalNanos) {
                acquired[0] = true;
                return now;
            }
            return last;
        });
        return acquired[0];
    }

    /** Drops a finished run's state, so the map holds only runs in progress. */
    public void forget(String runId) {
        lastEmitted.remove(runId);
    }
}
