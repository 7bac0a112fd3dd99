package io.evalstream.scoring.metric;

import io.evalstream.scoring.statistics.Proportion;
import io.evalstream.scoring.statistics.WilsonInterval;

/**
 * The counts kept for one run, model, slice and metric. {@code nTotal} counts every terminal response,
 * {@code nScored} only those that enter the metric; {@code unscored} and {@code errors} are shown beside it,
 * never folded into it. {@code sum} is the sum of scores (the successes for accuracy).
 */
public record AccuracyStats(String runId, String modelId, String slice, String metric, long nTotal, long nScored,
        long correct, double sum, double sumSq, long unscored, long errors, String scorer, String filter,
        double costUsd) {

    /** Counts without a cost (0). {@code costUsd} is the sum of the known costs of the responses counted here. */
    public AccuracyStats(String runId, String modelId, String slice, String metric, long nTotal, long nScored,
            long correct, double sum, double sumSq, long unscored, long errors, String scorer, String filter) {
        this(runId, modelId, slice, metric, nTotal, nScored, correct, sum, sumSq, unscored, errors, scorer, filter,
                0.0);
    }

    /** Accuracy with its Wilson 95% interval over the scored responses. */
    public Proportion accuracy() {
        // sum is a sum of doubles in [0, 1]; clamp against rounding drift so the interval stays defined.
        return WilsonInterval.of95(Math.max(0, Math.min(sum, nScored)), nScored);
    }
}
