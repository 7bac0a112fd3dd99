package io.evalstream.scoring.drilldown;

import io.evalstream.scoring.statistics.BootstrapInterval;
import io.evalstream.scoring.statistics.SelectionBias;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns counted (gold, predicted) positions into one {@link ModelSelectionBias} per model and option count. */
public final class SelectionBiasViews {
    static final int ROUNDS = 1_000;
    static final long SEED = 7L;

    private SelectionBiasViews() {
    }

    public static List<ModelSelectionBias> of(List<PositionCount> counts) {
        Map<String, List<PositionCount>> groups = new LinkedHashMap<>();
        for (PositionCount c : counts) {
            groups.computeIfAbsent(c.modelId() + "\u0000" + c.k(), key -> new ArrayList<>()).add(c);
        }
        List<ModelSelectionBias> out = new ArrayList<>();
        for (List<PositionCount> group : groups.values()) {
            out.add(view(group));
        }
        return out;
    }

    private static ModelSelectionBias view(List<PositionCount> group) {
        String model = group.get(0).modelId();
        int k = group.get(0).k();
        List<SelectionBias.Prediction> predictions = new ArrayList<>();
        long[] predicted = new long[k];
        long unread = 0;
        for (PositionCount c : group) {
            boolean read = c.gold() >= 0 && c.gold() < k && c.predicted() >= 0 && c.predicted() < k;
            if (!read) {
                unread += c.count();
                continue;
            }
            predicted[c.predicted()] += c.count();
            for (long i = 0; i < c.count(); i++) {
                predictions.add(new SelectionBias.Prediction(c.gold(), c.predicted()));
            }
        }
        List<Long> predictedCounts = Arrays.stream(predicted).boxed().toList();
        if (predictions.isEmpty()) {
            return new ModelSelectionBias(model, k, 0, unread, null, null, predictedCounts, null, null, null, null,
                    null, null);
        }
        SelectionBias.Result result = SelectionBias.of(predictions, k);
        Double low = null;
        Double high = null;
        if (result.rstd() != null && predictions.size() > 1) {
            BootstrapInterval.Result interval = rstdInterval(predictions, k);
            low = interval.low();
            high = interval.high();
        }
        return new ModelSelectionBias(model, k, result.n(), unread, result.recalls(), result.goldCounts(),
                predictedCounts, result.rstd(), low, high, result.accuracy().estimate(), result.accuracy().low(),
                result.accuracy().high());
    }

    /**
     * Responses encoded as gold * k + predicted, resampled; RStd recomputed on each resample from counts (the same
     * formula as {@link SelectionBias}: population SD of the defined recalls x 100), without an object per response.
     */
    private static BootstrapInterval.Result rstdInterval(List<SelectionBias.Prediction> predictions, int k) {
        double[] codes = predictions.stream().mapToDouble(p -> p.goldPosition() * k + p.predictedPosition())
                .toArray();
        return BootstrapInterval.of(codes, sample -> rstd(sample, k), 0.95, ROUNDS, SEED);
    }

    /** RStd (x 100) of responses encoded as gold * k + predicted: what {@link SelectionBias} computes, from codes. */
    public static double rstd(double[] codes, int k) {
        int[] gold = new int[k];
        int[] hit = new int[k];
        for (double code : codes) {
            int c = (int) code;
            gold[c / k]++;
            if (c / k == c % k) {
                hit[c / k]++;
            }
        }
        double sum = 0;
        int defined = 0;
        double[] recalls = new double[k];
        for (int j = 0; j < k; j++) {
            if (gold[j] > 0) {
                recalls[j] = (double) hit[j] / gold[j];
                sum += recalls[j];
                defined++;
            }
        }
        double mean = sum / defined;
        double ss = 0;
        for (int j = 0; j < k; j++) {
            if (gold[j] > 0) {
                ss += (recalls[j] - mean) * (recalls[j] - mean);
            }
        }
        return Math.sqrt(ss / defined) * 100;
    }
}
