package io.evalstream.scoring.statistics;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Seeded paired bootstrap of the mean difference between two models scored on the same items (PROTOCOLS.md,
 * "Paired comparison of two models on the same items: ... paired bootstrap"; also the Strange Dataset control
 * delta). Items are resampled with replacement and both models' scores of a drawn item move together, which keeps
 * the pairing (item difficulty cancels).
 *
 * <ul>
 *   <li>interval: the 2.5th and 97.5th percentiles of the resampled mean differences ({@link Quantiles}, type 7);</li>
 *   <li>p-value: the share of resamples whose mean difference is on the other side of 0 from the observed one
 *   (0 included), doubled and capped at 1; 1 when the observed difference is 0. Its resolution is 1/rounds.</li>
 * </ul>
 * The generator is commons-math3's {@link Well19937c} seeded with {@code seed}: same inputs and seed, same result.
 */
public final class PairedBootstrap {
    public static final int DEFAULT_ROUNDS = 10_000;

    private PairedBootstrap() {
    }

    /**
     * @param meanDifference observed mean of first - second
     * @param low            2.5th percentile of the bootstrap distribution
     * @param high           97.5th percentile
     * @param pValue         two-sided bootstrap p-value
     * @param n              paired items
     * @param rounds         resamples
     * @param seed           generator seed
     */
    public record Result(double meanDifference, double low, double high, double pValue, int n, int rounds,
            long seed) {
    }

    public static Result test(double[] first, double[] second, int rounds, long seed) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("paired scores differ in length: " + first.length + " and "
                    + second.length);
        }
        if (first.length == 0) {
            throw new IllegalArgumentException("no paired items");
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be positive: " + rounds);
        }
        int n = first.length;
        double[] d = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            d[i] = first[i] - second[i];
            sum += d[i];
        }
        double observed = sum / n;
        RandomGenerator random = new Well19937c(seed);
        double[] means = new double[rounds];
        int crossing = 0;
        for (int r = 0; r < rounds; r++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += d[random.nextInt(n)];
            }
            double m = s / n;
            means[r] = m;
            if ((observed > 0 && m <= 0) || (observed < 0 && m >= 0)) {
                crossing++;
            }
        }
        Arrays.sort(means);
        double p = observed == 0 ? 1.0 : Math.min(1.0, 2.0 * crossing / rounds);
        return new Result(observed, Quantiles.ofSorted(means, 0.025), Quantiles.ofSorted(means, 0.975), p, n,
                rounds, seed);
    }
}
