package io.evalstream.scoring.regression;

import java.time.Instant;

/**
 * One completed run of a suite for one model: accuracy with its Wilson 95% interval and n (scored responses),
 * and whether a regression against the previous run was detected when it completed.
 */
public record HistoryPoint(String runId, Integer suiteVersion, String model, Instant completedAt,
        Accuracy accuracy, boolean regression) {

    /** Null value and bounds when nothing was scored (n = 0). */
    public record Accuracy(Double value, Double lower, Double upper, long n) {
    }
}
