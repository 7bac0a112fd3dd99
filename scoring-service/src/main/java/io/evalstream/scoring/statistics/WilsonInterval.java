package io.evalstream.scoring.statistics;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Wilson score interval for a binomial proportion (PROTOCOLS.md, "Accuracy and proportions"). Unlike the
 * normal-approximation interval it stays inside [0, 1] and does not collapse to a point at 0/n or n/n, which is
 * exactly where small evaluation slices live.
 *
 * <pre>
 *   centre = (p + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) * sqrt(p(1-p)/n + z²/4n²)
 * </pre>
 *
 * with z the standard normal quantile at 1 - (1 - confidence)/2 (1.959964 for 95%).
 */
public final class WilsonInterval {
    /** The confidence every metric in this service is reported at. */
    public static final double CONFIDENCE_95 = 0.95;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    private static final double Z_95 = z(CONFIDENCE_95);

    private WilsonInterval() {
    }

    /** 95% interval for {@code successes} out of {@code n}; successes may be fractional (partial credit). */
    public static Proportion of95(double successes, long n) {
        return compute(successes, n, Z_95);
    }

    public static Proportion of(double successes, long n, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        return compute(successes, n, z(confidence));
    }

    /** The two-sided standard normal quantile for {@code confidence}. */
    public static double z(double confidence) {
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }

    private static Proportion compute(double successes, long n, double z) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException("successes must be in [0, n]: " + successes + " of " + n);
        }
        if (n == 0) {
            return Proportion.undefined();
        }
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        // At 0/n and n/n the bound equals the estimate mathematically; pin it against rounding.
        double low = successes == 0 ? 0.0 : Math.max(0.0, Math.min(p, centre - half));
        double high = successes == n ? 1.0 : Math.min(1.0, Math.max(p, centre + half));
        return new Proportion(p, low, high, n);
    }
}
