package io.evalstream.scoring.statistics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of p-values for multiple comparisons (PROTOCOLS.md / issue 4: "Holm-Bonferroni
 * correction across a leaderboard"). It controls the family-wise error rate like Bonferroni but is uniformly more
 * powerful. With the m p-values sorted ascending, p(1) <= ... <= p(m):
 *
 * <pre>
 *   adjusted p(i) = max over j <= i of min(1, (m - j + 1) * p(j))
 * </pre>
 *
 * The running maximum makes adjusted values monotone in the raw ones. The result is returned in input order
 * (ties keep their input order when sorting, which does not change any value). Same as R's
 * {@code p.adjust(p, "holm")}.
 */
public final class HolmBonferroni {
    private HolmBonferroni() {
    }

    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        for (double p : pValues) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("p-values must be in [0, 1]: " + p);
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
