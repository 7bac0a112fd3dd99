package io.evalstream.cli.bench;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.TopLogprob;
import io.evalstream.contracts.Usage;
import io.evalstream.contracts.Variant;
import io.evalstream.scoring.scorer.MultipleChoiceGenerateScorer;
import io.evalstream.scoring.scorer.MultipleChoiceLabelProbsScorer;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.ScoredResponse;
import io.evalstream.scoring.scorer.Scorer;
import io.evalstream.scoring.statistics.BootstrapInterval;
import io.evalstream.scoring.statistics.ClusteredStandardError;
import io.evalstream.scoring.statistics.PriDe;
import io.evalstream.scoring.statistics.SelectionBias;
import io.evalstream.scoring.store.ScoreRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The scoring side at a million score rows, in this JVM with scoring-service's own classes: (1) the scorers (letter
 * extraction and label probabilities) including the conversion to a stored row with its JSON details, and (2) the
 * full-data statistics a report computes from a run's rows: the PriDe prior and debiased predictions, the
 * item-clustered standard error, a percentile bootstrap over item means and selection bias (RStd). Synthetic data
 * from a seeded, position-biased 4-option model, so the figures also check themselves (PriDe must lower RStd).
 * Reading the rows from PostgreSQL is not part of it: that is measured by the pipeline benchmark.
 */
public final class ScoringBench {
    private static final List<String> LABELS = List.of("A", "B", "C", "D");
    private static final int K = LABELS.size();
    /** Distinct prebuilt responses; the timed loop cycles through them, so allocation of inputs is not timed. */
    private static final int DISTINCT = 100_000;

    private ScoringBench() {
    }

    public static Map<String, Object> run(int rows, int bootstrapRounds, long seed) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("rows", rows);
        report.put("scorers", scorers(rows, seed));
        report.put("statistics", statistics(rows, bootstrapRounds, seed));
        return report;
    }

    private static Map<String, Object> scorers(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ResponseReceived> text = new ArrayList<>(DISTINCT);
        List<ResponseReceived> probs = new ArrayList<>(DISTINCT);
        for (int i = 0; i < DISTINCT; i++) {
            String gold = LABELS.get(random.nextInt(K));
            String said = LABELS.get(random.nextInt(K));
            text.add(response("item-" + i, "GENERATE", gold, new ModelOutput("The answer is (" + said + ").", "stop",
                    List.of())));
            List<TopLogprob> top = new ArrayList<>();
            for (String label : LABELS) {
                top.add(new TopLogprob(" " + label, Math.log(0.05 + random.nextDouble())));
            }
            probs.add(response("item-" + i, "LABEL_PROBS", gold, new ModelOutput(said, "stop",
                    List.of(new TokenLogprob(said, top.get(0).logprob(), top)))));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("letter", time(new MultipleChoiceGenerateScorer(), text, rows));
        out.put("label_probs", time(new MultipleChoiceLabelProbsScorer(), probs, rows));
        return out;
    }

    private static Map<String, Object> time(Scorer scorer, List<ResponseReceived> responses, int rows) {
        long checksum = 0;
        for (int i = 0; i < Math.min(rows, 200_000); i++) { // warm-up
            checksum += ScoreRow.of(new ScoredResponse(responses.get(i % DISTINCT), scorer.name(),
                    scorer.score(responses.get(i % DISTINCT)))).hashCode() & 1;
        }
        long t0 = System.nanoTime();
        long correct = 0;
        for (int i = 0; i < rows; i++) {
            ResponseReceived response = responses.get(i % DISTINCT);
            Score score = scorer.score(response);
            ScoreRow row = ScoreRow.of(new ScoredResponse(response, scorer.name(), score));
            if (row.score() != null && row.score() == 1.0) {
                correct++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seconds", seconds);
        out.put("rowsPerSecond", rows / seconds);
        out.put("accuracy", correct / (double) rows);
        out.put("warmupChecksum", checksum);
        return out;
    }

    private static ResponseReceived response(String item, String readMode, String gold, ModelOutput output) {
        ScoringContext scoring = new ScoringContext("multiple_choice", readMode, gold, LABELS, LABELS.indexOf(gold),
                List.of("bench"), Map.of("prompt", "Question " + item + "? A) .. B) .. C) .. D) .."));
        EvaluationRequested request = EvaluationRequested.of("bench-run", item, Variant.original(), 0, Purpose.ANSWER,
                null, new ModelRef("builtin:bench", "builtin", null, "bench"), ModelInput.chat(null, "q"),
                Generation.greedy(16), scoring);
        return ResponseReceived.ok(request, output, new Usage(40, 3), 0.0001, 12, false, 1);
    }

    /**
     * {@code rows} score rows of one model: items/1.15 items, 5% of them run under all 4 cyclic permutations (PriDe's
     * calibration sample), the rest once. The model knows the answer with strength 1.2 (log-odds) and adds a prior
     * favouring slot A; log-probabilities are what a label-probability reading stores.
     */
    private static Map<String, Object> statistics(int rows, int rounds, long seed) {
        SplittableRandom random = new SplittableRandom(seed + 1);
        int items = (int) Math.round(rows / (1 + PriDe.DEFAULT_CALIBRATION_SHARE * (K - 1)));
        double[] slotBias = { 1.0, 0.2, 0.0, -0.3 };
        long t0 = System.nanoTime();
        int[] sample = PriDe.calibrationSample(items, PriDe.DEFAULT_CALIBRATION_SHARE, seed);
        boolean[] calibrated = new boolean[items];
        for (int i : sample) {
            calibrated[i] = true;
        }
        List<PriDe.CalibrationItem> calibration = new ArrayList<>(sample.length);
        List<PriDe.TestItem> tests = new ArrayList<>(items - sample.length);
        List<double[]> clusters = new ArrayList<>(items);
        List<SelectionBias.Prediction> predictions = new ArrayList<>(items);
        double[] itemMeans = new double[items];
        long scoreRows = 0;
        for (int i = 0; i < items; i++) {
            int gold = random.nextInt(K); // original index of the right option
            if (calibrated[i]) {
                double[][] logProbs = new double[K][];
                double[] correct = new double[K];
                for (int shift = 0; shift < K; shift++) {
                    int goldSlot = Math.floorMod(gold - shift, K);
                    logProbs[shift] = slots(random, goldSlot, slotBias);
                    correct[shift] = argmax(logProbs[shift]) == goldSlot ? 1 : 0;
                }
                calibration.add(new PriDe.CalibrationItem(logProbs));
                clusters.add(correct);
                itemMeans[i] = mean(correct);
                scoreRows += K;
            } else {
                double[] logProbs = slots(random, gold, slotBias);
                int predicted = argmax(logProbs);
                tests.add(new PriDe.TestItem(logProbs, gold));
                predictions.add(new SelectionBias.Prediction(gold, predicted));
                double correct = predicted == gold ? 1 : 0;
                clusters.add(new double[] { correct });
                itemMeans[i] = correct;
                scoreRows++;
            }
        }
        long t1 = System.nanoTime();
        PriDe.Result pride = PriDe.debias(calibration, tests);
        long t2 = System.nanoTime();
        ClusteredStandardError.Result clustered = ClusteredStandardError.of(clusters);
        long t3 = System.nanoTime();
        BootstrapInterval.Result bootstrap = BootstrapInterval.ofMean(itemMeans, rounds, seed);
        long t4 = System.nanoTime();
        SelectionBias.Result bias = SelectionBias.of(predictions, K);
        long t5 = System.nanoTime();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", items);
        out.put("scoreRows", scoreRows);
        out.put("generateSeconds", (t1 - t0) / 1e9);
        out.put("prideSeconds", (t2 - t1) / 1e9);
        out.put("prideRstdBefore", pride.rstdBefore());
        out.put("prideRstdAfter", pride.rstdAfter());
        out.put("prideAccuracyBefore", pride.observedAccuracy().estimate());
        out.put("prideAccuracyAfter", pride.accuracy().estimate());
        out.put("prideForwardPassesPerItem", pride.forwardPassesPerItem());
        out.put("clusteredSeSeconds", (t3 - t2) / 1e9);
        out.put("clusteredSe", clustered.standardError());
        out.put("bootstrapRounds", rounds);
        out.put("bootstrapSeconds", (t4 - t3) / 1e9);
        out.put("bootstrapInterval", List.of(bootstrap.low(), bootstrap.high()));
        out.put("selectionBiasSeconds", (t5 - t4) / 1e9);
        out.put("rstd", bias.rstd());
        return out;
    }

    /** Observed log-probabilities over slots: content signal on the gold slot plus the slot prior, renormalised. */
    private static double[] slots(SplittableRandom random, int goldSlot, double[] slotBias) {
        double[] logits = new double[K];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < K; j++) {
            logits[j] = (j == goldSlot ? 1.2 : 0) + slotBias[j] + 0.8 * gaussian(random);
            max = Math.max(max, logits[j]);
        }
        double sum = 0;
        for (double l : logits) {
            sum += Math.exp(l - max);
        }
        double log = max + Math.log(sum);
        for (int j = 0; j < K; j++) {
            logits[j] -= log;
        }
        return logits;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int j = 1; j < values.length; j++) {
            if (values[j] > values[best]) {
                best = j;
            }
        }
        return best;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double gaussian(SplittableRandom random) {
        double u = Math.max(1e-300, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
