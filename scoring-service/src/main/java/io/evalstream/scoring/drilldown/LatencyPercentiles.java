package io.evalstream.scoring.drilldown;

import io.evalstream.scoring.statistics.Quantiles;
import java.util.ArrayList;
import java.util.List;

/** Percentiles 50, 90, 95 and 99 of a sorted latency sample, each with its order-statistic 95% interval. */
public final class LatencyPercentiles {
    static final double[] QUANTILES = {0.5, 0.9, 0.95, 0.99};
    private static final double Z = 1.959963984540054;

    private LatencyPercentiles() {
    }

    public static List<LatencyPercentile> of(double[] sorted) {
        List<LatencyPercentile> out = new ArrayList<>(QUANTILES.length);
        if (sorted.length == 0) {
            return out;
        }
        int n = sorted.length;
        for (double q : QUANTILES) {
            double spread = Z * Math.sqrt(n * q * (1 - q));
            int lowRank = Math.max(1, (int) Math.floor(n * q - spread));
            int highRank = Math.min(n, (int) Math.ceil(n * q + spread) + 1);
            out.add(new LatencyPercentile(q, Quantiles.ofSorted(sorted, q), sorted[lowRank - 1], sorted[highRank - 1]));
        }
        return out;
    }
}
