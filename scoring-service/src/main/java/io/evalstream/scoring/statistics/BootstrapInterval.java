package io.evalstream.scoring.statistics;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Seeded percentile bootstrap interval of a statistic over items (PROTOCOLS.md, Strange Dataset: "95% bootstrap
 * interval"; any per-item score such as verification 1 / 0.5 / 0). Items are resampled with replacement
 * {@code rounds} times, the statistic is recomputed on each resample, and the interval is the (1 - confidence)/2
 * and 1 - (1 - confidence)/2 percentiles of those values ({@link Quantiles}, type 7). The bootstrap standard error
 * (sample SD of the resampled statistics) is returned too. Deterministic for a given seed ({@link Well19937c}).
 */
public final class BootstrapInterval {
    public static final int DEFAULT_ROUNDS = 10_000;

    private BootstrapInterval() {
    }

    /**
     * @param estimate      the statistic on the original items
     * @param low           lower percentile bound
     * @param high          upper percentile bound
     * @param standardError SD (ddof = 1) of the bootstrap replicates
     * @param n             items
     * @param rounds        resamples
     * @param seed          generator seed
     */
    public record Result(double estimate, double low, double high, double standardError, int n, int rounds,
            long seed) {
    }

    /** 95% interval of the mean of the per-item values. */
    public static Result ofMean(double[] values, int rounds, long seed) {
        return of(values, BootstrapInterval::mean, 0.95, rounds, seed);
    }

    public static Result of(double[] values, ToDoubleFunction<double[]> statistic, double confidence, int rounds,
            long seed) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no items");
        }
        if (rounds < 2) {
            throw new IllegalArgumentException("rounds must be at least 2: " + rounds);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        int n = values.length;
        RandomGenerator random = new Well19937c(seed);
        double[] replicates = new double[rounds];
        double[] sample = new double[n];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                sample[i] = values[random.nextInt(n)];
            }
            replicates[r] = statistic.applyAsDouble(sample);
        }
        double replicateMean = mean(replicates);
        double ss = 0;
        for (double x : replicates) {
            ss += (x - replicateMean) * (x - replicateMean);
        }
        Arrays.sort(replicates);
        double alpha = (1 - confidence) / 2;
        return new Result(statistic.applyAsDouble(values.clone()), Quantiles.ofSorted(replicates, alpha),
                Quantiles.ofSorted(replicates, 1 - alpha), Math.sqrt(ss / (rounds - 1)), n, rounds, seed);
    }

    static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }
}
