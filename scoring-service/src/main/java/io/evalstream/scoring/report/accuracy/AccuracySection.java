package io.evalstream.scoring.report.accuracy;

import java.util.List;

/**
 * The {@code accuracy} section of a run report (PROTOCOLS.md, "Accuracy and proportions") for multiple-choice and
 * true/false items: one row per model (and scorer, filter, option count), and the paired comparison of every two
 * models, Holm-adjusted together.
 */
public record AccuracySection(String metricVersion, double confidence, int bootstrapRounds, long seed,
        List<AccuracyRow> models, List<ComparisonRow> comparisons) {
}
