package io.evalstream.scoring.rating;

import io.evalstream.scoring.statistics.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

/**
 * Online Elo averaged over random orders of the same battles ("Elo Uncovered", Boubdir et al. 2023;
 * PROTOCOLS.md: "report Elo averaged over >= 100 random match orders with its spread"). Online Elo depends on the
 * order of matches; permuting the order {@code permutations} times (seeded {@link Well19937c} shuffles) and
 * reporting the mean, the sample SD (ddof = 1) and the 2.5 / 50 / 97.5 percentiles of each model's final rating
 * shows how much of a ranking is order noise.
 */
public final class EloOverOrderings {
    public static final int MIN_PERMUTATIONS = 100;

    private EloOverOrderings() {
    }

    /** One model's final Elo over the orderings. */
    public record ModelElo(String model, double mean, double sd, double p025, double median, double p975) {
    }

    /**
     * @param models       per model, by descending mean
     * @param permutations orderings evaluated
     * @param seed         generator seed
     * @param battles      battles per ordering
     */
    public record Result(List<ModelElo> models, int permutations, long seed, int battles) {
        public ModelElo of(String model) {
            return models.stream().filter(m -> m.model().equals(model)).findFirst().orElse(null);
        }
    }

    public static Result compute(List<Battle> battles, OnlineElo.Config config, int permutations, long seed) {
        if (permutations < MIN_PERMUTATIONS) {
            throw new IllegalArgumentException("at least " + MIN_PERMUTATIONS + " orderings: " + permutations);
        }
        Well19937c random = new Well19937c(seed);
        Map<String, double[]> finals = new TreeMap<>();
        int[] order = MathArrays.natural(battles.size());
        List<Battle> shuffled = new ArrayList<>(battles.size());
        for (int p = 0; p < permutations; p++) {
            MathArrays.shuffle(order, random);
            shuffled.clear();
            for (int i : order) {
                shuffled.add(battles.get(i));
            }
            Map<String, Double> r = OnlineElo.compute(shuffled, config).ratings();
            for (Map.Entry<String, Double> e : r.entrySet()) {
                finals.computeIfAbsent(e.getKey(), k -> new double[permutations])[p] = e.getValue();
            }
        }
        List<ModelElo> models = new ArrayList<>();
        for (Map.Entry<String, double[]> e : finals.entrySet()) {
            double[] v = e.getValue();
            double mean = Arrays.stream(v).sum() / v.length;
            double ss = 0;
            for (double x : v) {
                ss += (x - mean) * (x - mean);
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            models.add(new ModelElo(e.getKey(), mean, Math.sqrt(ss / (v.length - 1)),
                    Quantiles.ofSorted(sorted, 0.025), Quantiles.ofSorted(sorted, 0.5),
                    Quantiles.ofSorted(sorted, 0.975)));
        }
        models.sort((a, b) -> Double.compare(b.mean(), a.mean()));
        return new Result(Collections.unmodifiableList(models), permutations, seed, battles.size());
    }
}
