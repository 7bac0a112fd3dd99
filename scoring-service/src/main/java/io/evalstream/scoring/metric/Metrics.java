package io.evalstream.scoring.metric;

/** Names of the metrics kept as incremental aggregates. */
public final class Metrics {
    /** Mean score over scored responses (CORRECT = 1, INCORRECT = 0, PARTIAL = its score). */
    public static final String ACCURACY = "accuracy";

    private Metrics() {
    }
}
