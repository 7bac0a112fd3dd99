package io.evalstream.scoring.comparison;

/**
 * The paired test between one leaderboard row and the row ranked just below it, on the items both were scored
 * on. {@code test} is {@code mcnemar} (exact, when each item is one right/wrong answer per model) or
 * {@code paired-bootstrap} (item means, 2,000 seeded resamples). {@code adjustedPValue} is Holm-adjusted over
 * all neighbour comparisons of the leaderboard; {@code significant} means it is below 0.05.
 *
 * @param difference accuracy of this row's model minus the next one's, over the paired items
 * @param low        lower end of the bootstrap 95% interval of the difference (null for McNemar)
 * @param high       upper end (null for McNemar)
 * @param n          paired items
 */
public record NeighbourComparison(String modelId, String nextModelId, String test, int n, double difference,
        Double low, Double high, double pValue, double adjustedPValue, boolean significant) {
    public static final String MCNEMAR = "mcnemar";
    public static final String PAIRED_BOOTSTRAP = "paired-bootstrap";
    public static final double ALPHA = 0.05;
}
