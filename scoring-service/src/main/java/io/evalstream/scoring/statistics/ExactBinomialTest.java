package io.evalstream.scoring.statistics;

import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Exact two-sided binomial test of {@code k} successes in {@code n} trials against a chance rate {@code p0}
 * (PROTOCOLS.md, "Accuracy and proportions": significance against chance). Exact rather than a normal
 * approximation because evaluation slices are often small. The two-sided p-value is R's {@code binom.test}: the
 * total probability of outcomes no more likely than the observed one, "no more likely" with a relative tolerance of
 * 1e-7, capped at 1. commons-math3's {@code BinomialTest} compares the probabilities exactly, so two outcomes equally
 * likely in theory (k and n - k at chance 0.5) could differ in the last bit and get different p-values (seen: 1.0
 * and 0.625 for mirrored counts); the tolerance makes the test symmetric.
 */
public final class ExactBinomialTest {
    private static final double RELATIVE_TOLERANCE = 1 + 1e-7;

    private ExactBinomialTest() {
    }

    /**
     * @param successes k, the observed successes
     * @param n         trials, the sample size
     * @param chance    p0, the success rate under the null hypothesis (e.g. 0.5 for True/False, 1/k for k options)
     * @param estimate  k / n
     * @param pValue    two-sided exact p-value
     */
    public record Result(int successes, int n, double chance, double estimate, double pValue) {
    }

    public static Result test(int successes, int n, double chance) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive: " + n);
        }
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException("successes must be in [0, n]: " + successes + " of " + n);
        }
        if (!(chance > 0 && chance < 1)) {
            throw new IllegalArgumentException("chance must be in (0, 1): " + chance);
        }
        double p = twoSided(successes, n, chance);
        return new Result(successes, n, chance, (double) successes / n, Math.min(1.0, p));
    }

    /**
     * R's {@code binom.test} two-sided p-value (stats package, binom.test.R), with the probabilities from
     * {@link #probability} (symmetric in k and n - k at chance 0.5, which commons-math3's saddle-point pdf is not to
     * 1e-7 in the far tails).
     */
    static double twoSided(int x, int n, double p) {
        double d = probability(x, n, p);
        double m = n * p;
        if (x == m) {
            return 1.0;
        }
        double limit = d * RELATIVE_TOLERANCE;
        double tail = 0;
        if (x < m) {
            for (int i = 0; i <= x; i++) {
                tail += probability(i, n, p);
            }
            for (int i = (int) Math.ceil(m); i <= n; i++) {
                double q = probability(i, n, p);
                if (q <= limit) {
                    tail += q;
                }
            }
        } else {
            for (int i = 0; i <= (int) Math.floor(m); i++) {
                double q = probability(i, n, p);
                if (q <= limit) {
                    tail += q;
                }
            }
            for (int i = x; i <= n; i++) {
                tail += probability(i, n, p);
            }
        }
        return tail;
    }

    /** P(X = k) for X ~ Binomial(n, p), from the log binomial coefficient. */
    static double probability(int k, int n, double p) {
        return Math.exp(CombinatoricsUtils.binomialCoefficientLog(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
    }
}
