package io.evalstream.scoring.arena.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cohen's kappa between two raters over the same items: (p_o - p_e) / (1 - p_e), with the large-sample standard
 * error sqrt(p_o (1 - p_o) / (n (1 - p_e)^2)) for a 95% interval. Undefined (null) without items or when p_e = 1.
 */
public final class CohensKappa {
    private CohensKappa() {
    }

    public record Result(Double kappa, Double low, Double high, Double agreement, long n) {
    }

    public static <T> Result of(List<T> first, List<T> second) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("both raters must rate the same items");
        }
        int n = first.size();
        if (n == 0) {
            return new Result(null, null, null, null, 0);
        }
        Map<T, Integer> c1 = new HashMap<>();
        Map<T, Integer> c2 = new HashMap<>();
        int agree = 0;
        for (int i = 0; i < n; i++) {
            c1.merge(first.get(i), 1, Integer::sum);
            c2.merge(second.get(i), 1, Integer::sum);
            if (first.get(i).equals(second.get(i))) {
                agree++;
            }
        }
        double po = (double) agree / n;
        double pe = 0;
        for (Map.Entry<T, Integer> e : c1.entrySet()) {
            pe += (double) e.getValue() / n * c2.getOrDefault(e.getKey(), 0) / n;
        }
        if (pe >= 1) {
            return new Result(null, null, null, po, n);
        }
        double kappa = (po - pe) / (1 - pe);
        double se = Math.sqrt(po * (1 - po) / (n * (1 - pe) * (1 - pe)));
        return new Result(kappa, kappa - 1.96 * se, kappa + 1.96 * se, po, n);
    }
}
