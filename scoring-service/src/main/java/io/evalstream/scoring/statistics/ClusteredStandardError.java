package io.evalstream.scoring.statistics;

import java.util.List;

/**
 * Mean and cluster-robust standard error when one item contributes several observations (option permutations,
 * order swaps, templates, repeated samples): the variants of an item are not independent, so the naive SE
 * understates the uncertainty (PROTOCOLS.md, "Accuracy and proportions": "the clustered standard error over
 * items"). The cluster is the item.
 *
 * <pre>
 *   mean = (1/n) sum_i x_i                                  (n observations in C clusters)
 *   SE   = sqrt(C / (C - 1)) * sqrt( sum_c ( sum_{i in c} (x_i - mean) )^2 ) / n
 * </pre>
 *
 * This is the Liang-Zeger sandwich estimator of the variance of a mean with the usual small-sample factor
 * C/(C-1) only (Stata's {@code vce(cluster)} also multiplies by (n-1)/(n-1) = 1 for a constant-only model, so the
 * two agree). With one observation per cluster it equals the sample SD (ddof = 1) / sqrt(n) exactly.
 */
public final class ClusteredStandardError {
    private ClusteredStandardError() {
    }

    /**
     * @param mean          mean over all observations (null when there are none)
     * @param standardError clustered SE (null with fewer than two clusters: it is not estimable)
     * @param n             observations
     * @param clusters      clusters (items)
     */
    public record Result(Double mean, Double standardError, long n, int clusters) {
    }

    /** One array of observations per cluster (item); empty clusters are ignored. */
    public static Result of(List<double[]> clusters) {
        long n = 0;
        double sum = 0;
        int c = 0;
        for (double[] cluster : clusters) {
            if (cluster.length > 0) {
                c++;
            }
            for (double x : cluster) {
                n++;
                sum += x;
            }
        }
        if (n == 0) {
            return new Result(null, null, 0, 0);
        }
        double mean = sum / n;
        if (c < 2) {
            return new Result(mean, null, n, c);
        }
        double meat = 0;
        for (double[] cluster : clusters) {
            double residual = 0;
            for (double x : cluster) {
                residual += x - mean;
            }
            meat += residual * residual;
        }
        double se = Math.sqrt((double) c / (c - 1)) * Math.sqrt(meat) / n;
        return new Result(mean, se, n, c);
    }
}
