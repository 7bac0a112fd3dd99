package io.evalstream.scoring.comparison;

import io.evalstream.scoring.statistics.McNemarTest;
import io.evalstream.scoring.statistics.PairedBootstrap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paired test of two models on the items both were scored on, the item being the unit (its variants and
 * samples averaged into one {@link ItemMean}): McNemar's exact test when every item is one right/wrong answer per
 * model, else a seeded paired bootstrap of the item means. The bootstrap's interval and p-value are computed in both
 * cases, so a report can show the difference with an interval beside the exact test. Shared by the leaderboard's
 * neighbour tests and the run report's all-pairs comparisons.
 *
 * @param test            {@link NeighbourComparison#MCNEMAR} or {@link NeighbourComparison#PAIRED_BOOTSTRAP}: the
 *                        primary test, whose p-value is {@code pValue}
 * @param n               paired items
 * @param difference      mean over paired items of first - second
 * @param mcnemarPValue   exact McNemar p-value (null unless every item is one binary unit for both models)
 * @param bootstrapLow    2.5th percentile of the bootstrap mean difference
 * @param bootstrapHigh   97.5th percentile
 * @param bootstrapPValue the bootstrap's two-sided p-value
 */
public record ItemPairedTest(String test, int n, double difference, double pValue, Double mcnemarPValue,
        double bootstrapLow, double bootstrapHigh, double bootstrapPValue) {

    /** The test over the items in both maps; empty when they share none. */
    public static Optional<ItemPairedTest> compare(Map<String, ItemMean> first, Map<String, ItemMean> second,
            int rounds, long seed) {
        List<String> items = first.keySet().stream().filter(second::containsKey).sorted().toList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int n = items.size();
        boolean binary = true;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            ItemMean x = first.get(items.get(i));
            ItemMean y = second.get(items.get(i));
            binary &= x.binary() && y.binary() && x.units() == 1 && y.units() == 1;
            a[i] = x.mean();
            b[i] = y.mean();
        }
        PairedBootstrap.Result bootstrap = PairedBootstrap.test(a, b, rounds, seed);
        if (binary) {
            boolean[] right = new boolean[n];
            boolean[] otherRight = new boolean[n];
            for (int i = 0; i < n; i++) {
                right[i] = a[i] == 1.0;
                otherRight[i] = b[i] == 1.0;
            }
            McNemarTest.Result mcnemar = McNemarTest.test(right, otherRight);
            return Optional.of(new ItemPairedTest(NeighbourComparison.MCNEMAR, n, mcnemar.accuracyDifference(),
                    mcnemar.pValue(), mcnemar.pValue(), bootstrap.low(), bootstrap.high(), bootstrap.pValue()));
        }
        return Optional.of(new ItemPairedTest(NeighbourComparison.PAIRED_BOOTSTRAP, n, bootstrap.meanDifference(),
                bootstrap.pValue(), null, bootstrap.low(), bootstrap.high(), bootstrap.pValue()));
    }
}
