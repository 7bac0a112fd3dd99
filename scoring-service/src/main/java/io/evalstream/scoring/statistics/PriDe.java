package io.evalstream.scoring.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

/**
 * PriDe debiasing of a multiple-choice reader (Zheng et al., ICLR 2024; PROTOCOLS.md, "PriDe debiasing"). The
 * observed probability of displayed slot j factorises into a prior over slots (the positional bias) times a
 * content term. Over all k cyclic permutations each option content appears once in each slot, so the content
 * term averages out of the mean log-probability of a slot, leaving the prior:
 *
 * <pre>
 *   per calibration item:  prior = softmax_j( (1/k) sum_s log P_observed(slot j | permutation s) )
 *   prior                = mean of the per-item priors over the calibration sample
 *   other items:           prediction = argmax_j [ log P_observed(slot j | default order) - log prior_j ]
 * </pre>
 *
 * The calibration sample is a seeded share (5% in the paper) of the items ({@link #calibrationSample}); only those
 * items are run under every cyclic permutation, so the cost in forward passes per item is
 * (calibration items x k + other items) / all items (about 1.15 at 5% and k = 4).
 *
 * <p>Accuracy and RStd are reported on the debiased ("other") items, before and after, so that the comparison is
 * on the same items; the calibration items are used only to estimate the prior. Log-probabilities need not be
 * normalised: a constant per permutation or per item does not change the softmax nor the argmax. A tie in the
 * argmax goes to the lowest slot.
 */
public final class PriDe {
    /** The paper's calibration share. */
    public static final double DEFAULT_CALIBRATION_SHARE = 0.05;

    private PriDe() {
    }

    /**
     * A calibration item: {@code logProbs[s][j]} is the observed log-probability of displayed slot j when the
     * options are cyclically shifted by s (slot j shows original option (j + s) mod k), for every s in 0..k-1.
     */
    public record CalibrationItem(double[][] logProbs) {
    }

    /** A debiased item: observed log-probabilities of the slots in the default order, and the gold slot. */
    public record TestItem(double[] logProbs, int goldPosition) {
    }

    /**
     * @param prior              estimated prior over slots (sums to 1)
     * @param predictions        debiased predicted slot per test item, in input order
     * @param observedPredictions argmax of the observed log-probabilities, per test item
     * @param accuracy           debiased accuracy on the test items (Wilson 95%, n)
     * @param observedAccuracy   observed accuracy on the same items
     * @param rstdBefore         RStd of the observed predictions (x 100)
     * @param rstdAfter          RStd of the debiased predictions
     * @param calibrationItems   items run under all permutations
     * @param testItems          items debiased with the prior
     * @param forwardPassesPerItem (calibration x k + test) / (calibration + test)
     */
    public record Result(List<Double> prior, List<Integer> predictions, List<Integer> observedPredictions,
            Proportion accuracy, Proportion observedAccuracy, Double rstdBefore, Double rstdAfter,
            int calibrationItems, int testItems, double forwardPassesPerItem) {
    }

    /**
     * The seeded calibration sample: max(1, round(share x itemCount)) distinct item indices, ascending, drawn
     * without replacement by a seeded shuffle ({@link Well19937c}).
     */
    public static int[] calibrationSample(int itemCount, double share, long seed) {
        if (itemCount < 1) {
            throw new IllegalArgumentException("no items");
        }
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1]: " + share);
        }
        int size = (int) Math.max(1, Math.round(share * itemCount));
        int[] all = MathArrays.natural(itemCount);
        MathArrays.shuffle(all, new Well19937c(seed));
        int[] sample = Arrays.copyOf(all, size);
        Arrays.sort(sample);
        return sample;
    }

    /** The prior over k slots estimated from the calibration items (each with all k cyclic permutations). */
    public static double[] estimatePrior(List<CalibrationItem> calibration) {
        if (calibration.isEmpty()) {
            throw new IllegalArgumentException("no calibration items");
        }
        int k = calibration.get(0).logProbs().length;
        double[] prior = new double[k];
        for (CalibrationItem item : calibration) {
            double[][] lp = item.logProbs();
            if (lp.length != k) {
                throw new IllegalArgumentException("a calibration item needs all " + k + " cyclic permutations");
            }
            double[] meanLog = new double[k];
            for (double[] permutation : lp) {
                if (permutation.length != k) {
                    throw new IllegalArgumentException("a permutation needs " + k + " slot log-probabilities");
                }
                for (int j = 0; j < k; j++) {
                    meanLog[j] += permutation[j] / k;
                }
            }
            double[] itemPrior = softmax(meanLog);
            for (int j = 0; j < k; j++) {
                prior[j] += itemPrior[j] / calibration.size();
            }
        }
        return prior;
    }

    public static Result debias(List<CalibrationItem> calibration, List<TestItem> tests) {
        double[] prior = estimatePrior(calibration);
        int k = prior.length;
        double[] logPrior = new double[k];
        for (int j = 0; j < k; j++) {
            logPrior[j] = Math.log(prior[j]);
        }
        List<Integer> debiased = new ArrayList<>(tests.size());
        List<Integer> observed = new ArrayList<>(tests.size());
        List<SelectionBias.Prediction> before = new ArrayList<>(tests.size());
        List<SelectionBias.Prediction> after = new ArrayList<>(tests.size());
        for (TestItem item : tests) {
            if (item.logProbs().length != k) {
                throw new IllegalArgumentException("a test item needs " + k + " slot log-probabilities");
            }
            double[] adjusted = new double[k];
            for (int j = 0; j < k; j++) {
                adjusted[j] = item.logProbs()[j] - logPrior[j];
            }
            int o = argmax(item.logProbs());
            int d = argmax(adjusted);
            observed.add(o);
            debiased.add(d);
            before.add(new SelectionBias.Prediction(item.goldPosition(), o));
            after.add(new SelectionBias.Prediction(item.goldPosition(), d));
        }
        SelectionBias.Result b = SelectionBias.of(before, k);
        SelectionBias.Result a = SelectionBias.of(after, k);
        int all = calibration.size() + tests.size();
        double cost = (double) (calibration.size() * k + tests.size()) / all;
        List<Double> priorList = new ArrayList<>(k);
        for (double p : prior) {
            priorList.add(p);
        }
        return new Result(Collections.unmodifiableList(priorList), Collections.unmodifiableList(debiased),
                Collections.unmodifiableList(observed), a.accuracy(), b.accuracy(), b.rstd(), a.rstd(),
                calibration.size(), tests.size(), cost);
    }

    static double[] softmax(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            max = Math.max(max, v);
        }
        double[] e = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            e[i] = Math.exp(x[i] - max);
            sum += e[i];
        }
        for (int i = 0; i < x.length; i++) {
            e[i] /= sum;
        }
        return e;
    }

    /** The index of the largest value; the lowest index among ties. */
    public static int argmax(double[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[best]) {
                best = i;
            }
        }
        return best;
    }
}
