package io.evalstream.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * A completed run scored significantly worse than the previous completed run of the same suite and model,
 * compared item by item (paired). {@code before} and {@code after} are the metric over the paired units only,
 * {@code n} their number; {@code effect} is {@code after - before} (negative for a drop); {@code test} names the
 * paired test ({@code mcnemar-exact} or {@code paired-bootstrap}) whose two-sided p-value is {@code pValue}.
 * Published on {@code eval-run-status}. Key: runId.
 */
public record RegressionDetected(int schema, String id, Instant occurredAt, String runId, String previousRunId,
        String suite, String model, String metric, double before, double after, double effect, double pValue,
        String test, long n) implements Event {
    public static final String TYPE = "RegressionDetected";

    public RegressionDetected {
        Envelope.check(schema, id, occurredAt);
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(previousRunId, "previousRunId");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(test, "test");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
    }

    public static RegressionDetected of(String runId, String previousRunId, String suite, String model,
            String metric, double before, double after, double effect, double pValue, String test, long n) {
        return new RegressionDetected(CURRENT_SCHEMA, Envelope.newId(), Instant.now(), runId, previousRunId, suite,
                model, metric, before, after, effect, pValue, test, n);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
