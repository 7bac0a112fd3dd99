package io.evalstream.scoring.metric;

import io.evalstream.contracts.RunState;
import java.time.Duration;
import java.time.Instant;

/**
 * Throughput and estimated time to completion of a run, from its stored progress: responses stored per second
 * between the first progress record and the last change (or the completion), and the remaining planned responses
 * at that rate. Computed from stored times only, never from "now", so the figures change exactly when the
 * progress does (a live stream sends them only then) and every scoring instance computes the same.
 *
 * <p>The rate is over the run's life, pauses included (a resumed run's rate is lower than its current speed):
 * an honest average rather than a noisy instantaneous figure. Both are null when they cannot be known: no
 * response yet, no time elapsed, or (for the ETA) no plan or a run that is not RUNNING.
 */
public record RunPace(Double ratePerSecond, Double etaSeconds) {
    private static final RunPace UNKNOWN = new RunPace(null, null);

    public static RunPace of(RunState state, Long planned, long received, Instant started, Instant updated,
            Instant completedAt) {
        if (started == null || received <= 0) {
            return UNKNOWN;
        }
        Instant end = completedAt != null ? completedAt : updated;
        if (end == null) {
            return UNKNOWN;
        }
        double seconds = Duration.between(started, end).toNanos() / 1e9;
        if (seconds <= 0) {
            return UNKNOWN;
        }
        double rate = received / seconds;
        Double eta = state == RunState.RUNNING && planned != null
                ? Math.max(0, planned - received) / rate
                : null;
        return new RunPace(round(rate), eta == null ? null : round(eta));
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
