package io.evalstream.scoring.statistics;

import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;

/**
 * Exact two-sided binomial test of {@code k} successes in {@code n} trials against a chance rate {@code p0}
 * (PROTOCOLS.md, "Accuracy and proportions": significance against chance). Exact rather than a normal
 * approximation because evaluation slices are often small. The two-sided p-value is commons-math3's: the total
 * probability of outcomes no more likely than the observed one, capped at 1 (as R's {@code binom.test}).
 */
public final class ExactBinomialTest {
    private static final BinomialTest TEST = new BinomialTest();

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
        double p = TEST.binomialTest(n, successes, chance, AlternativeHypothesis.TWO_SIDED);
        return new Result(successes, n, chance, (double) successes / n, Math.min(1.0, p));
    }
}
