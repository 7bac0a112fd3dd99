package io.evalstream.scoring.statistics;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * McNemar's test for two models scored right/wrong on the same items (PROTOCOLS.md, "Paired comparison of two
 * models on the same items: McNemar"). Only the discordant items carry information: {@code b} = first model right
 * and second wrong, {@code c} = first wrong and second right. Under the null hypothesis of equal accuracy each
 * discordant item goes either way with probability 1/2, so the primary p-value is the exact two-sided binomial
 * test of min(b, c) out of b + c at 0.5 (1 when there are no discordant items).
 *
 * <p>The secondary statistic is the chi-square with continuity correction, (|b - c| - 1)^2 / (b + c) on 1 degree
 * of freedom; as R's {@code mcnemar.test}, the correction is applied only when b != c (so b = c gives 0, p = 1).
 */
public final class McNemarTest {
    private static final ChiSquaredDistribution CHI2_1 = new ChiSquaredDistribution(null, 1);

    private McNemarTest() {
    }

    /**
     * @param n                 paired items
     * @param firstOnly         b: items only the first model got right
     * @param secondOnly        c: items only the second model got right
     * @param accuracyDifference (b - c) / n, first minus second
     * @param pValue            exact two-sided binomial p-value
     * @param chiSquare         continuity-corrected statistic
     * @param chiSquarePValue   its p-value (chi-square, 1 df)
     */
    public record Result(int n, int firstOnly, int secondOnly, double accuracyDifference, double pValue,
            double chiSquare, double chiSquarePValue) {
    }

    /** Paired outcomes: {@code first[i]} and {@code second[i]} are the two models' correctness on item i. */
    public static Result test(boolean[] first, boolean[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("paired outcomes differ in length: " + first.length + " and "
                    + second.length);
        }
        int b = 0;
        int c = 0;
        for (int i = 0; i < first.length; i++) {
            if (first[i] && !second[i]) {
                b++;
            } else if (!first[i] && second[i]) {
                c++;
            }
        }
        return fromDiscordant(first.length, b, c);
    }

    public static Result fromDiscordant(int n, int b, int c) {
        if (b < 0 || c < 0 || b + c > n) {
            throw new IllegalArgumentException("impossible discordant counts b=" + b + ", c=" + c + " of " + n);
        }
        int discordant = b + c;
        double diff = n == 0 ? 0.0 : (double) (b - c) / n;
        if (discordant == 0) {
            return new Result(n, b, c, diff, 1.0, 0.0, 1.0);
        }
        double exact = ExactBinomialTest.test(Math.min(b, c), discordant, 0.5).pValue();
        double correction = b == c ? 0 : 1;
        double chi2 = Math.pow(Math.abs(b - c) - correction, 2) / discordant;
        double chi2P = 1 - CHI2_1.cumulativeProbability(chi2);
        return new Result(n, b, c, diff, exact, chi2, chi2P);
    }
}
