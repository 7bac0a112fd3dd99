package io.evalstream.scoring.regression;

import java.time.Instant;

/**
 * A stored regression as the API shows it: {@code before} and {@code after} are the metric over the paired units
 * with their count, {@code effect = after - before}, {@code pValue} of {@code test}. {@code seq} orders
 * regressions by detection, for live streams.
 */
public record Regression(long seq, String runId, String previousRunId, String suite, String model, String metric,
        Measure before, Measure after, double effect, double pValue, String test, Instant detectedAt) {

    /** A metric value and the number of paired units it is the mean of. */
    public record Measure(double value, long n) {
    }
}
