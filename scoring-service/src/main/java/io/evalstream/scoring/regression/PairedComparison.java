package io.evalstream.scoring.regression;

/**
 * The outcome of comparing two runs of one model item by item: the metric over the paired units before and
 * after, {@code effect = after - before}, the two-sided p-value of {@code test}, {@code units} paired units and
 * {@code items} distinct items among them.
 */
public record PairedComparison(double before, double after, double effect, double pValue, String test, long units,
        long items) {

    /** A significant drop: the metric fell and the test rejects "no change" at {@code alpha}. */
    public boolean isRegression(double alpha) {
        return effect < 0 && pValue < alpha;
    }
}
