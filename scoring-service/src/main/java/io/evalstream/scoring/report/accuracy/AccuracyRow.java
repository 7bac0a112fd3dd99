package io.evalstream.scoring.report.accuracy;

/**
 * One model's accuracy on the items with {@code options} answer options, read by {@code scorer} through
 * {@code filter}: over the {@code n} scored responses (variants and samples of {@code items} items), with its Wilson
 * 95% interval, the exact two-sided binomial p-value against chance 1/options, and the item-clustered standard
 * error (variants of one item are one cluster; equal to the plain SE with one response per item; null with fewer
 * than two items). Unscored responses (no answer could be read) and errors are counted, never scored as wrong.
 */
public record AccuracyRow(String modelId, String scorer, String filter, int options, long n, long items,
        double correct, Double accuracy, Double low, Double high, double chance, Double pValueVsChance,
        Double clusteredStandardError, long unscored, long errors) {
}
