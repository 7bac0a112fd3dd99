package io.evalstream.scoring.report.accuracy;

/**
 * Two models compared on the items both were scored on (item means over variants and samples): the difference
 * first - second with the paired-bootstrap 95% interval, the exact McNemar p-value (when every item is one
 * right/wrong answer per model, else null), the bootstrap p-value, the primary {@code test}'s p-value and its
 * Holm-Bonferroni adjustment over every pair of the run's leaderboard; {@code significant}: adjusted p below 0.05.
 */
public record ComparisonRow(String modelId, String otherModelId, String test, int items, double accuracy,
        double otherAccuracy, double difference, double low, double high, Double mcnemarPValue,
        double bootstrapPValue, double pValue, double adjustedPValue, boolean significant) {
}
