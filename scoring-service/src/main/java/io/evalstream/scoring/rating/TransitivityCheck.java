package io.evalstream.scoring.rating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Transitivity audit of a rating ("Elo Uncovered", Boubdir et al. 2023; PROTOCOLS.md: "check transitivity against
 * win rates"). X beats Y when X's head-to-head win rate against Y is above 0.5 (exactly 0.5, or never met: no
 * relation).
 *
 * <ul>
 *   <li>cycles: every triple with X beats Y, Y beats Z and Z beats X, reported once with the alphabetically first
 *   model first;</li>
 *   <li>agreement: for every pair with a relation, whether the model with the higher rating is the one that beats
 *   the other; disagreements are listed as (winner on win rate, loser on win rate).</li>
 * </ul>
 */
public final class TransitivityCheck {
    private TransitivityCheck() {
    }

    public record Cycle(String first, String second, String third) {
    }

    public record Pair(String winner, String loser) {
    }

    /**
     * @param cycles           intransitive triples
     * @param pairsCompared    pairs with a win-rate relation and both rated
     * @param pairsAgreeing    of which the rating order agrees
     * @param disagreements    pairs where the higher-rated model loses head to head
     */
    public record Result(List<Cycle> cycles, int pairsCompared, int pairsAgreeing, List<Pair> disagreements) {
        public boolean transitive() {
            return cycles.isEmpty();
        }

        public boolean ratingAgrees() {
            return disagreements.isEmpty();
        }
    }

    public static Result check(WinRateMatrix matrix, Map<String, Double> ratings) {
        List<String> m = matrix.models();
        List<Cycle> cycles = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            for (int j = i + 1; j < m.size(); j++) {
                for (int k = i + 1; k < m.size(); k++) {
                    if (k == j) {
                        continue;
                    }
                    // i is the alphabetically first; both directions of the cycle are visited via (j, k), (k, j)
                    if (beats(matrix, m.get(i), m.get(j)) && beats(matrix, m.get(j), m.get(k))
                            && beats(matrix, m.get(k), m.get(i))) {
                        cycles.add(new Cycle(m.get(i), m.get(j), m.get(k)));
                    }
                }
            }
        }
        int compared = 0;
        int agreeing = 0;
        List<Pair> disagreements = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            for (int j = 0; j < m.size(); j++) {
                String a = m.get(i);
                String b = m.get(j);
                if (i == j || !beats(matrix, a, b) || !ratings.containsKey(a) || !ratings.containsKey(b)) {
                    continue;
                }
                compared++;
                if (ratings.get(a) > ratings.get(b)) {
                    agreeing++;
                } else {
                    disagreements.add(new Pair(a, b));
                }
            }
        }
        return new Result(Collections.unmodifiableList(cycles), compared, agreeing,
                Collections.unmodifiableList(disagreements));
    }

    private static boolean beats(WinRateMatrix matrix, String a, String b) {
        Double r = matrix.rate(a, b);
        return r != null && r > 0.5;
    }
}
