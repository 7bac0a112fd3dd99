package io.evalstream.scoring.report.pride;

/**
 * One model's PriDe result over its items with k options. Before = the observed argmax on the default order of
 * every item; after = PriDe's debiased prediction on the same items (calibration items: the permutation-debiased
 * prediction, i.e. the option with the highest mean log-probability over its k cyclic positions; other items:
 * argmax_j [log P_observed(j) - log prior_j]). Accuracy with its Wilson 95% interval; RStd (x 100) with a seeded 95%
 * percentile bootstrap interval over items. Cost = requests sent for the model / items: exact, so it has no interval.
 */
public record PriDeRow(String modelId, int options, long items, int calibrationItems, int debiasedItems,
        Double accuracyBefore, Double accuracyBeforeLow, Double accuracyBeforeHigh, Double accuracyAfter,
        Double accuracyAfterLow, Double accuracyAfterHigh, Double rstdBefore, Double rstdBeforeLow,
        Double rstdBeforeHigh, Double rstdAfter, Double rstdAfterLow, Double rstdAfterHigh, long requests,
        double forwardPassesPerItem) {
}
