package io.evalstream.scoring.report.strange;

/**
 * One model's Strange Dataset score by one measure on one subset ({@code all}, {@code self_ref}, {@code control}):
 * the mean item score (1, 0.5 or 0 for an item of a true and a false statement; 1 or 0 for a lone statement) over
 * {@code n} items, with its seeded 95% percentile bootstrap interval over items. Chance is 0.5.
 */
public record StrangeRow(String modelId, String measure, String scorer, String filter, String subset, int n,
        double mean, double low, double high, long unscored) {
}
