package io.evalstream.scoring.arena.report;

import io.evalstream.scoring.statistics.LengthControlledWinRate;
import io.evalstream.scoring.statistics.Quantiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The length-controlled win rate of each contestant against an arena's baseline, with a standard error and a 95%
 * interval. Rows are the order-averaged judgements of (model, baseline) on a prompt: preference = 1 + P(model better),
 * lengths = the answers' word counts. The estimate is {@link LengthControlledWinRate} fitted per model (intercept and
 * length term; no per-prompt difficulty: with a baseline every model meets it on the same prompts, and a per-model fit
 * keeps the bootstrap cheap at any arena size): LC = 100 sigmoid(theta), the win rate at equal length, with one
 * pseudo-draw at equal length added as a weak prior (else a contestant that won every game has no finite estimate;
 * LC is null when even that does not converge). Its SE and
 * interval come from a seeded bootstrap over prompts (a prompt's rows move together: they share the answers), which
 * is why the SE is not the raw win rate's binomial one.
 */
public final class LengthControlledBaseline {
    private LengthControlledBaseline() {
    }

    /** LC in percent with its bootstrap SE, 2.5/97.5 percentiles and the number of rows (judged pairs). */
    public record Result(Double winRate, Double standardError, Double low, Double high, int n) {
    }

    /** Per model (other than the baseline) that met the baseline: its LC result. */
    public static Map<String, Result> compute(String baseline, List<JudgedPair> pairs, int rounds, long seed) {
        Map<String, Map<String, List<LengthControlledWinRate.Row>>> byModel = new LinkedHashMap<>();
        int unnamed = 0;
        for (JudgedPair p : pairs) {
            if (!p.involves(baseline) || p.a().equals(p.b())) {
                continue;
            }
            String model = p.a().equals(baseline) ? p.b() : p.a();
            int modelWords = p.a().equals(model) ? p.wordsA() : p.wordsB();
            int baselineWords = p.a().equals(model) ? p.wordsB() : p.wordsA();
            String prompt = p.prompt() != null ? p.prompt() : "#" + unnamed++;
            byModel.computeIfAbsent(model, k -> new LinkedHashMap<>()).computeIfAbsent(prompt, k -> new ArrayList<>())
                    .add(new LengthControlledWinRate.Row(prompt, baselineWords, modelWords, 1 + p.preferenceFor(model)));
        }
        Map<String, Result> results = new LinkedHashMap<>();
        byModel.forEach((model, byPrompt) -> results.put(model, one(model, byPrompt, rounds,
                seed ^ model.hashCode())));
        return results;
    }

    static Result one(String model, Map<String, List<LengthControlledWinRate.Row>> byPrompt, int rounds, long seed) {
        List<List<LengthControlledWinRate.Row>> prompts = new ArrayList<>(byPrompt.values());
        List<LengthControlledWinRate.Row> all = new ArrayList<>();
        prompts.forEach(all::addAll);
        double point = lc(model, all);
        if (Double.isNaN(point)) {
            return new Result(null, null, null, null, all.size());
        }
        if (prompts.size() < 2 || rounds < 2) {
            return new Result(point, null, null, null, all.size());
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[rounds];
        int k = 0;
        for (int round = 0; round < rounds; round++) {
            List<LengthControlledWinRate.Row> sample = new ArrayList<>(all.size());
            for (int i = 0; i < prompts.size(); i++) {
                sample.addAll(prompts.get(random.nextInt(prompts.size())));
            }
            double v = lc(model, sample);
            if (!Double.isNaN(v)) {
                values[k++] = v;
            }
        }
        if (k < rounds / 2) { // most resamples separate perfectly: no honest SE
            return new Result(point, null, null, null, all.size());
        }
        double[] kept = java.util.Arrays.copyOf(values, k);
        double mean = java.util.Arrays.stream(kept).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(kept).map(v -> (v - mean) * (v - mean)).sum() / (k - 1));
        java.util.Arrays.sort(kept);
        return new Result(point, sd, Quantiles.ofSorted(kept, 0.025), Quantiles.ofSorted(kept, 0.975), all.size());
    }

    /**
     * LC of one sample, with one pseudo-draw at equal length added (a weak prior that keeps the intercept finite
     * when a model won or lost every game, which judged arenas often produce); NaN when the fit still does not
     * converge (the length term separates the games perfectly).
     */
    private static double lc(String model, List<LengthControlledWinRate.Row> rows) {
        List<LengthControlledWinRate.Row> withPrior = new ArrayList<>(rows.size() + 1);
        withPrior.addAll(rows);
        withPrior.add(new LengthControlledWinRate.Row("\u0000prior", 1, 1, 1.5));
        try {
            return LengthControlledWinRate.compute(Map.of(model, withPrior)).get(0).lengthControlledWinRate();
        } catch (IllegalStateException notConverged) {
            return Double.NaN;
        }
    }
}
