package io.evalstream.scoring.statistics;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman and Fan type 7, the default of
 * numpy's {@code percentile} and R's {@code quantile}), which is how the papers' bootstrap intervals are read off.
 * Used by every bootstrap in this service so that all percentile intervals mean the same thing.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /** The {@code q}-quantile (q in [0, 1]) of values that are already sorted ascending. */
    public static double ofSorted(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be in [0, 1]: " + q);
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The {@code q}-quantile of unsorted values (the array is not modified). */
    public static double of(double[] values, double q) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return ofSorted(copy, q);
    }
}
