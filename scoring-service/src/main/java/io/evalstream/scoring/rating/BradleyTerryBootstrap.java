package io.evalstream.scoring.rating;

import io.evalstream.scoring.statistics.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;

/**
 * Bootstrap confidence intervals and ranks for Bradley-Terry ratings (PROTOCOLS.md: "bootstrap (100 to 1,000
 * rounds) 2.5/97.5 percentile intervals; rank = 1 + number of models whose lower bound exceeds this one's upper
 * bound"), as the Chatbot Arena leaderboard. Each round resamples the battles with replacement (seeded
 * {@link Well19937c}) and refits {@link BradleyTerry} with the same configuration (same anchor); the interval is
 * the 2.5th and 97.5th percentile of a model's bootstrap ratings ({@link Quantiles}, type 7). The point rating is
 * the fit on all battles. A model absent from a resample (it drew none of its battles) has no rating in that
 * round; its percentiles are over the rounds in which it appeared ({@link ModelRating#rounds()}). With an anchor,
 * a round without the anchor's battles is skipped and counted in {@link Result#skippedRounds()}.
 */
public final class BradleyTerryBootstrap {
    public static final int MIN_ROUNDS = 100;
    public static final int MAX_ROUNDS = 1000;

    private BradleyTerryBootstrap() {
    }

    /**
     * @param model  name
     * @param rating fit on all battles
     * @param low    2.5th percentile
     * @param high   97.5th percentile
     * @param rank   1 + models whose low exceeds this model's high
     * @param rounds bootstrap rounds that rated this model
     */
    public record ModelRating(String model, double rating, double low, double high, int rank, int rounds) {
    }

    /**
     * @param models        by descending rating
     * @param battles       battles
     * @param rounds        rounds requested
     * @param skippedRounds rounds without the anchor
     * @param seed          generator seed
     */
    public record Result(List<ModelRating> models, int battles, int rounds, int skippedRounds, long seed) {
        public ModelRating of(String model) {
            return models.stream().filter(m -> m.model().equals(model)).findFirst().orElse(null);
        }
    }

    public static Result compute(List<Battle> battles, BradleyTerry.Config config, int rounds, long seed) {
        if (rounds < MIN_ROUNDS || rounds > MAX_ROUNDS) {
            throw new IllegalArgumentException("rounds must be in " + MIN_ROUNDS + ".." + MAX_ROUNDS + ": " + rounds);
        }
        if (battles.isEmpty()) {
            throw new IllegalArgumentException("no battles");
        }
        Map<String, Double> point = BradleyTerry.fit(battles, config).ratings();
        List<String> models = new ArrayList<>(point.keySet());
        double[][] samples = new double[models.size()][rounds];
        int[] counts = new int[models.size()];
        Well19937c random = new Well19937c(seed);
        int n = battles.size();
        int skipped = 0;
        List<Battle> resample = new ArrayList<>(n);
        for (int r = 0; r < rounds; r++) {
            resample.clear();
            boolean hasAnchor = config.anchor() == null;
            for (int i = 0; i < n; i++) {
                Battle b = battles.get(random.nextInt(n));
                resample.add(b);
                hasAnchor |= b.modelA().equals(config.anchor()) || b.modelB().equals(config.anchor());
            }
            if (!hasAnchor) {
                skipped++;
                continue;
            }
            Map<String, Double> fitted = BradleyTerry.fit(resample, config).ratings();
            for (int i = 0; i < models.size(); i++) {
                Double v = fitted.get(models.get(i));
                if (v != null) {
                    samples[i][counts[i]++] = v;
                }
            }
        }
        double[] low = new double[models.size()];
        double[] high = new double[models.size()];
        for (int i = 0; i < models.size(); i++) {
            if (counts[i] == 0) {
                low[i] = Double.NaN;
                high[i] = Double.NaN;
                continue;
            }
            double[] v = Arrays.copyOf(samples[i], counts[i]);
            Arrays.sort(v);
            low[i] = Quantiles.ofSorted(v, 0.025);
            high[i] = Quantiles.ofSorted(v, 0.975);
        }
        List<ModelRating> result = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            int rank = 1;
            for (int j = 0; j < models.size(); j++) {
                if (j != i && low[j] > high[i]) {
                    rank++;
                }
            }
            result.add(new ModelRating(models.get(i), point.get(models.get(i)), low[i], high[i], rank, counts[i]));
        }
        result.sort((a, b) -> Double.compare(b.rating(), a.rating()));
        return new Result(Collections.unmodifiableList(result), n, rounds, skipped, seed);
    }
}
