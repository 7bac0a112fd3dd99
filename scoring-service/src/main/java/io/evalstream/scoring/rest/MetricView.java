package io.evalstream.scoring.rest;

import io.evalstream.scoring.metric.AccuracyStats;
import io.evalstream.scoring.statistics.Proportion;

/**
 * One metric of one model on one slice: the value with its Wilson 95% interval and {@code n} (scored responses),
 * and beside it {@code total}, {@code unscored} and {@code errors}, which the value does not include.
 */
public record MetricView(String modelId, String slice, String metric, long n, long total, Double value,
        Double ciLow, Double ciHigh, long correct, long unscored, long errors, String scorer, String filter,
        double costUsd) {

    static MetricView of(AccuracyStats stats) {
        Proportion p = stats.accuracy();
        return new MetricView(stats.modelId(), stats.slice(), stats.metric(), stats.nScored(), stats.nTotal(),
                p.estimate(), p.low(), p.high(), stats.correct(), stats.unscored(), stats.errors(), stats.scorer(),
                stats.filter(), stats.costUsd());
    }
}
