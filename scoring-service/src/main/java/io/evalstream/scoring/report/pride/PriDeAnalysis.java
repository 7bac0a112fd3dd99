package io.evalstream.scoring.report.pride;

import io.evalstream.scoring.drilldown.SelectionBiasViews;
import io.evalstream.scoring.statistics.BootstrapInterval;
import io.evalstream.scoring.statistics.PriDe;
import io.evalstream.scoring.statistics.SelectionBias;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PriDe over one model's label readings of items with k options (pure; {@link PriDeReport} feeds it the stored
 * rows). An item whose k cyclic shifts ({@code cyclic-0} .. {@code cyclic-(k-1)}) were all read is a calibration
 * item: it contributes its prior to {@link PriDe#estimatePrior} and is predicted by permutation debiasing (the
 * original option with the highest mean log-probability over its k positions). Every other item with a
 * default-order reading is debiased with the prior ({@link PriDe#debias}). "Before" is the observed argmax of the
 * default order on all items; "after" the debiased predictions on the same items, so the two are comparable.
 */
public final class PriDeAnalysis {
    static final String CYCLIC = "cyclic-";

    private PriDeAnalysis() {
    }

    /** The row and the prior per position, or empty when the model has no calibration item. */
    public record Result(PriDeRow row, List<PriorRow> prior) {
    }

    /**
     * @param readings item id -> that item's zero-shot readings (any variants) by this model, all with k options
     * @param requests requests sent for this model over these items (forward passes)
     */
    public static Optional<Result> analyse(String modelId, int k, Map<String, List<LabelReading>> readings,
            long requests, List<String> labels, int rounds, long seed) {
        List<PriDe.CalibrationItem> calibration = new ArrayList<>();
        List<SelectionBias.Prediction> calibrated = new ArrayList<>();
        List<SelectionBias.Prediction> calibrationObserved = new ArrayList<>();
        List<PriDe.TestItem> tests = new ArrayList<>();
        for (List<LabelReading> item : readings.values()) {
            Map<String, LabelReading> byVariant = new HashMap<>();
            for (LabelReading reading : item) {
                byVariant.putIfAbsent(reading.variantId(), reading);
            }
            LabelReading standard = defaultOrder(byVariant, k);
            double[][] shifts = shifts(byVariant, k);
            if (shifts != null) {
                calibration.add(new PriDe.CalibrationItem(shifts));
                calibrated.add(new SelectionBias.Prediction(standard.goldPosition(), permutationDebiased(shifts)));
                calibrationObserved.add(new SelectionBias.Prediction(standard.goldPosition(),
                        PriDe.argmax(standard.logProbabilities())));
            } else if (standard != null) {
                tests.add(new PriDe.TestItem(standard.logProbabilities(), standard.goldPosition()));
            }
        }
        if (calibration.isEmpty()) {
            return Optional.empty();
        }
        PriDe.Result result = PriDe.debias(calibration, tests);
        List<SelectionBias.Prediction> before = new ArrayList<>(calibrationObserved);
        List<SelectionBias.Prediction> after = new ArrayList<>(calibrated);
        for (int i = 0; i < tests.size(); i++) {
            int gold = tests.get(i).goldPosition();
            before.add(new SelectionBias.Prediction(gold, result.observedPredictions().get(i)));
            after.add(new SelectionBias.Prediction(gold, result.predictions().get(i)));
        }
        SelectionBias.Result b = SelectionBias.of(before, k);
        SelectionBias.Result a = SelectionBias.of(after, k);
        BootstrapInterval.Result rb = rstdInterval(before, k, rounds, seed);
        BootstrapInterval.Result ra = rstdInterval(after, k, rounds, seed);
        long items = before.size();
        PriDeRow row = new PriDeRow(modelId, k, items, calibration.size(), tests.size(), b.accuracy().estimate(),
                b.accuracy().low(), b.accuracy().high(), a.accuracy().estimate(), a.accuracy().low(),
                a.accuracy().high(), b.rstd(), rb.low(), rb.high(), a.rstd(), ra.low(), ra.high(), requests,
                items == 0 ? 0 : (double) requests / items);
        return Optional.of(new Result(row, prior(modelId, k, calibration, labels, rounds, seed)));
    }

    /** The reading in the original option order: {@code cyclic-0}, {@code original} or the identity {@code perm-}. */
    static LabelReading defaultOrder(Map<String, LabelReading> byVariant, int k) {
        LabelReading reading = byVariant.get(CYCLIC + 0);
        if (reading == null) {
            reading = byVariant.get("original");
        }
        if (reading == null) {
            StringBuilder identity = new StringBuilder("perm-");
            for (int i = 0; i < k; i++) {
                identity.append(i == 0 ? "" : ".").append(i);
            }
            reading = byVariant.get(identity.toString());
        }
        return reading;
    }

    /** log P(slot j | shift s) for every shift, or null unless all k cyclic shifts were read. */
    static double[][] shifts(Map<String, LabelReading> byVariant, int k) {
        double[][] shifts = new double[k][];
        for (int s = 0; s < k; s++) {
            LabelReading reading = byVariant.get(CYCLIC + s);
            if (reading == null || reading.k() != k) {
                return null;
            }
            shifts[s] = reading.logProbabilities();
        }
        return shifts;
    }

    /**
     * The original option with the highest mean log-probability over the k shifts: under shift s, slot j shows
     * original option (j + s) mod k, so option i is at slot (i - s) mod k. In the default order option i is slot i.
     */
    static int permutationDebiased(double[][] shifts) {
        int k = shifts.length;
        double[] content = new double[k];
        for (int i = 0; i < k; i++) {
            for (int s = 0; s < k; s++) {
                content[i] += shifts[s][Math.floorMod(i - s, k)] / k;
            }
        }
        return PriDe.argmax(content);
    }

    private static BootstrapInterval.Result rstdInterval(List<SelectionBias.Prediction> predictions, int k, int rounds,
            long seed) {
        double[] codes = predictions.stream().mapToDouble(p -> p.goldPosition() * k + p.predictedPosition()).toArray();
        return BootstrapInterval.of(codes, sample -> SelectionBiasViews.rstd(sample, k), 0.95, rounds, seed);
    }

    private static List<PriorRow> prior(String modelId, int k, List<PriDe.CalibrationItem> calibration,
            List<String> labels, int rounds, long seed) {
        double[][] perItem = new double[k][calibration.size()];
        for (int c = 0; c < calibration.size(); c++) {
            double[] itemPrior = PriDe.estimatePrior(List.of(calibration.get(c)));
            for (int j = 0; j < k; j++) {
                perItem[j][c] = itemPrior[j];
            }
        }
        double[] prior = PriDe.estimatePrior(calibration);
        List<PriorRow> rows = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            BootstrapInterval.Result interval = BootstrapInterval.ofMean(perItem[j], rounds, seed);
            String label = j < labels.size() ? labels.get(j) : String.valueOf(j);
            rows.add(new PriorRow(modelId, k, label, prior[j], interval.low(), interval.high(), calibration.size()));
        }
        return rows;
    }
}
