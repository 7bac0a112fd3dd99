package io.evalstream.scoring.arena.report;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * A Pearson correlation with its 95% interval (Fisher z: atanh(r) +- 1.96 / sqrt(n - 3)) and n. Estimate and bounds
 * are null when n &lt; 4 or a variable is constant: there is nothing to estimate.
 */
public record Correlation(Double estimate, Double low, Double high, long n) {
    public static Correlation pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 4 || constant(x) || constant(y)) {
            return new Correlation(null, null, null, n);
        }
        double r = new PearsonsCorrelation().correlation(x, y);
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double half = 1.96 / Math.sqrt(n - 3);
        return new Correlation(r, Math.tanh(z - half), Math.tanh(z + half), n);
    }

    private static boolean constant(double[] v) {
        for (double d : v) {
            if (d != v[0]) {
                return false;
            }
        }
        return true;
    }
}
