package io.evalstream.scoring.arena.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * PairS-style ranking (Liu et al. 2024, "Aligning with Human Judgement: The Role of Pairwise Preference in Large
 * Language Model Evaluators"): on each prompt the contestants' answers are sorted by merge sort with the judge as the
 * comparator, the comparison being the order-averaged preference (both orders, P(x better) &gt;= 0.5 keeps x first);
 * a pair the judge never saw compares as a tie, and neighbours it cannot separate share their average rank. The
 * overall ranking is by mean rank over prompts. With reference
 * scores, Spearman's rho and Kendall's tau (commons-math3) between the ranking (negated mean rank) and the
 * reference, over the models that have one.
 */
public final class PairsRanking {
    private PairsRanking() {
    }

    public record Ranked(String model, double meanRank, int prompts) {
    }

    public record Result(List<Ranked> ranking, int prompts, Double spearman, Double kendall, int nReferenced) {
    }

    public static Result of(List<JudgedPair> pairs, Map<String, Double> referenceScores) {
        Map<String, List<JudgedPair>> byPrompt = new TreeMap<>();
        for (JudgedPair p : pairs) {
            if (p.prompt() != null) {
                byPrompt.computeIfAbsent(p.prompt(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, double[]> rankSums = new TreeMap<>(); // model -> {sum of ranks, prompts}
        for (List<JudgedPair> prompt : byPrompt.values()) {
            Map<String, Double> pref = new HashMap<>();
            List<String> models = new ArrayList<>();
            for (JudgedPair p : prompt) {
                pref.put(p.a() + "\u0000" + p.b(), p.pA());
                pref.put(p.b() + "\u0000" + p.a(), 1 - p.pA());
                if (!models.contains(p.a())) {
                    models.add(p.a());
                }
                if (!models.contains(p.b())) {
                    models.add(p.b());
                }
            }
            models.sort(Comparator.naturalOrder());
            List<String> sorted = mergeSort(models, (x, y) -> {
                double p = pref.getOrDefault(x + "\u0000" + y, 0.5);
                return p >= 0.5 ? -1 : 1;
            });
            // neighbours the judge could not separate (P = 1/2) share their average rank, so that a judge without
            // preferences ranks nobody, instead of leaving the input order in place
            int start = 0;
            for (int i = 1; i <= sorted.size(); i++) {
                boolean tied = i < sorted.size() && Math.abs(pref.getOrDefault(sorted.get(i - 1) + "\u0000"
                        + sorted.get(i), 0.5) - 0.5) < 1e-9;
                if (!tied) {
                    double rank = (start + 1 + i) / 2.0;
                    for (int k = start; k < i; k++) {
                        double[] s = rankSums.computeIfAbsent(sorted.get(k), x -> new double[2]);
                        s[0] += rank;
                        s[1] += 1;
                    }
                    start = i;
                }
            }
        }
        List<Ranked> ranking = new ArrayList<>();
        rankSums.forEach((m, s) -> ranking.add(new Ranked(m, s[0] / s[1], (int) s[1])));
        ranking.sort(Comparator.comparingDouble(Ranked::meanRank));
        Map<String, Double> referenced = new LinkedHashMap<>();
        for (Ranked r : ranking) {
            Double ref = referenceScores.get(r.model());
            if (ref != null) {
                referenced.put(r.model(), ref);
            }
        }
        Double spearman = null;
        Double kendall = null;
        if (referenced.size() >= 3) {
            double[] x = new double[referenced.size()];
            double[] y = new double[referenced.size()];
            int i = 0;
            for (Ranked r : ranking) {
                if (referenced.containsKey(r.model())) {
                    x[i] = -r.meanRank();
                    y[i++] = referenced.get(r.model());
                }
            }
            spearman = new SpearmansCorrelation().correlation(x, y);
            kendall = new KendallsCorrelation().correlation(x, y);
        }
        return new Result(ranking, byPrompt.size(), finite(spearman), finite(kendall), referenced.size());
    }

    private static Double finite(Double d) {
        return d == null || d.isNaN() ? null : d;
    }

    static List<String> mergeSort(List<String> items, Comparator<String> judge) {
        if (items.size() <= 1) {
            return items;
        }
        int mid = items.size() / 2;
        List<String> left = mergeSort(new ArrayList<>(items.subList(0, mid)), judge);
        List<String> right = mergeSort(new ArrayList<>(items.subList(mid, items.size())), judge);
        List<String> out = new ArrayList<>(items.size());
        int i = 0;
        int j = 0;
        while (i < left.size() && j < right.size()) {
            out.add(judge.compare(left.get(i), right.get(j)) <= 0 ? left.get(i++) : right.get(j++));
        }
        out.addAll(left.subList(i, left.size()));
        out.addAll(right.subList(j, right.size()));
        return out;
    }
}
