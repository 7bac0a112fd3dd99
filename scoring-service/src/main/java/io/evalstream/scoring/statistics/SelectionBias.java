package io.evalstream.scoring.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Selection bias of a multiple-choice reader as in the PriDe paper (Zheng et al., ICLR 2024, "Large Language
 * Models Are Not Robust Multiple Choice Selectors"; PROTOCOLS.md, "Selection bias"): the recall of each gold
 * option position (share of items whose gold answer is shown at position j that the model answers with j), and
 * RStd = the standard deviation of those recalls x 100. The paper uses the population SD (ddof = 0) over the
 * positions; a model without positional preference has equal recalls and RStd 0.
 *
 * <p>Positions at which no gold answer is shown have no recall: they are reported as null and left out of RStd
 * (a recall of 0 there would invent a bias).
 */
public final class SelectionBias {
    private SelectionBias() {
    }

    /** One answered item: the displayed position of the gold answer and of the model's answer (0-based). */
    public record Prediction(int goldPosition, int predictedPosition) {
    }

    /**
     * @param recalls       recall per position 0..k-1 (null where no gold was shown there)
     * @param goldCounts    items per gold position
     * @param rstd          population SD of the defined recalls x 100 (null if none)
     * @param accuracy      share of items answered correctly, with its Wilson 95% interval and n
     */
    public record Result(List<Double> recalls, List<Integer> goldCounts, Double rstd, Proportion accuracy) {
        public long n() {
            return accuracy.n();
        }
    }

    public static Result of(List<Prediction> predictions, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
        int[] gold = new int[k];
        int[] hit = new int[k];
        int correct = 0;
        for (Prediction p : predictions) {
            if (p.goldPosition() < 0 || p.goldPosition() >= k || p.predictedPosition() < 0
                    || p.predictedPosition() >= k) {
                throw new IllegalArgumentException("position outside 0.." + (k - 1) + ": " + p);
            }
            gold[p.goldPosition()]++;
            if (p.goldPosition() == p.predictedPosition()) {
                hit[p.goldPosition()]++;
                correct++;
            }
        }
        List<Double> recalls = new ArrayList<>(k);
        List<Integer> counts = new ArrayList<>(k);
        double sum = 0;
        int defined = 0;
        for (int j = 0; j < k; j++) {
            counts.add(gold[j]);
            if (gold[j] == 0) {
                recalls.add(null);
            } else {
                double r = (double) hit[j] / gold[j];
                recalls.add(r);
                sum += r;
                defined++;
            }
        }
        Double rstd = null;
        if (defined > 0) {
            double mean = sum / defined;
            double ss = 0;
            for (Double r : recalls) {
                if (r != null) {
                    ss += (r - mean) * (r - mean);
                }
            }
            rstd = Math.sqrt(ss / defined) * 100;
        }
        return new Result(Collections.unmodifiableList(recalls), Collections.unmodifiableList(counts), rstd,
                WilsonInterval.of95(correct, predictions.size()));
    }
}
