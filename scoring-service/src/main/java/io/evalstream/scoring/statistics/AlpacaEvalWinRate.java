package io.evalstream.scoring.statistics;

import java.util.List;

/**
 * AlpacaEval 2.0 win rate against the baseline (PROTOCOLS.md, "AlpacaEval win rate"; tatsu-lab/alpaca_eval
 * {@code metrics.pairwise_to_winrate}). Each row has a preference p in [1, 2]: 1 = baseline ({@code output_1})
 * preferred, 2 = model ({@code output_2}) preferred, fractional values are the judge's probability-weighted
 * preference, and 0 is the legacy encoding of a draw, read as 1.5.
 *
 * <pre>
 *   WR = 100 * mean(p - 1)
 *   SE = 100 * sd(p - 1) / sqrt(n)      (sample SD, ddof = 1, as pandas' sem)
 * </pre>
 *
 * <p>A row without a preference (null, missing field, NaN, empty string: "unannotated") is counted according to
 * {@link Unannotated}: {@code DRAW} (1.5, PROTOCOLS.md's "0 or missing = draw"; the default) or {@code DROP}
 * (left out of n, which is what alpaca_eval itself does with non-preference values). The published files have no
 * unannotated rows, so both give the published numbers; the count is always reported. Instructions absent from a
 * file cannot be counted at all: n is the number of rows read.
 */
public final class AlpacaEvalWinRate {
    public static final double DRAW = 1.5;

    /** How rows without a preference count. */
    public enum Unannotated {
        DRAW, DROP
    }

    private AlpacaEvalWinRate() {
    }

    /**
     * @param winRate       100 * mean(p - 1) (null when n = 0)
     * @param standardError 100 * SEM (null when n < 2)
     * @param n             rows counted
     * @param wins          p > 1.5
     * @param losses        p < 1.5
     * @param draws         p = 1.5 (including 0 and counted unannotated rows)
     * @param unannotated   rows without a preference (counted as draws or dropped)
     */
    public record Result(Double winRate, Double standardError, int n, int wins, int losses, int draws,
            int unannotated) {
    }

    public static Result of(List<Double> preferences) {
        return of(preferences, Unannotated.DRAW);
    }

    public static Result of(List<Double> preferences, Unannotated policy) {
        int n = 0;
        int wins = 0;
        int losses = 0;
        int draws = 0;
        int unannotated = 0;
        double[] x = new double[preferences.size()];
        for (Double raw : preferences) {
            double p;
            if (raw == null || raw.isNaN()) {
                unannotated++;
                if (policy == Unannotated.DROP) {
                    continue;
                }
                p = DRAW;
            } else if (raw == 0.0) {
                p = DRAW;
            } else if (raw >= 1.0 && raw <= 2.0) {
                p = raw;
            } else {
                throw new IllegalArgumentException("a preference must be 0 or in [1, 2]: " + raw);
            }
            if (p > DRAW) {
                wins++;
            } else if (p < DRAW) {
                losses++;
            } else {
                draws++;
            }
            x[n++] = p - 1;
        }
        if (n == 0) {
            return new Result(null, null, 0, 0, 0, 0, unannotated);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
        }
        double mean = sum / n;
        Double se = null;
        if (n > 1) {
            double ss = 0;
            for (int i = 0; i < n; i++) {
                ss += (x[i] - mean) * (x[i] - mean);
            }
            se = 100 * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        }
        return new Result(100 * mean, se, n, wins, losses, draws, unannotated);
    }
}
