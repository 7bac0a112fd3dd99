package io.evalstream.scoring.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PriDeTest {

    /**
     * k = 2, one calibration item. Shift 0 observes P = [0.8, 0.2], shift 1 observes [0.6, 0.4]. Mean log per slot:
     * slot 0 = (ln 0.8 + ln 0.6)/2 = ln sqrt(0.48), slot 1 = ln sqrt(0.08). Softmax: prior_0 = sqrt(0.48) /
     * (sqrt(0.48) + sqrt(0.08)) = 0.692820 / 0.975663 = 0.710102, prior_1 = 0.289898.
     * Test item [0.6, 0.4], gold slot 1: observed argmax 0 (wrong); debiased: ln(0.6/0.710102) = ln 0.844949 and
     * ln(0.4/0.289898) = ln 1.379796 -> slot 1 (right). Cost: (1 x 2 + 1) / 2 = 1.5 forward passes per item.
     */
    @Test
    void goldenTwoOptions() {
        PriDe.CalibrationItem calibration = new PriDe.CalibrationItem(new double[][] {
                {Math.log(0.8), Math.log(0.2)}, {Math.log(0.6), Math.log(0.4)}});
        PriDe.TestItem test = new PriDe.TestItem(new double[] {Math.log(0.6), Math.log(0.4)}, 1);
        PriDe.Result r = PriDe.debias(List.of(calibration), List.of(test));
        assertThat(r.prior().get(0)).isCloseTo(0.7101020514, within(1e-9));
        assertThat(r.prior().get(1)).isCloseTo(0.2898979486, within(1e-9));
        assertThat(r.observedPredictions()).containsExactly(0);
        assertThat(r.predictions()).containsExactly(1);
        assertThat(r.observedAccuracy().estimate()).isEqualTo(0.0);
        assertThat(r.accuracy().estimate()).isEqualTo(1.0);
        assertThat(r.accuracy().n()).isEqualTo(1);
        assertThat(r.forwardPassesPerItem()).isCloseTo(1.5, within(1e-12));
    }

    /** Priors are averaged over calibration items: item priors [0.5, 0.5] and [0.9, 0.1] -> [0.7, 0.3]. */
    @Test
    void priorsAreAveraged() {
        double[] uniform = {Math.log(0.5), Math.log(0.5)};
        PriDe.CalibrationItem a = new PriDe.CalibrationItem(new double[][] {uniform, uniform});
        double[] biased = {Math.log(0.9), Math.log(0.1)};
        PriDe.CalibrationItem b = new PriDe.CalibrationItem(new double[][] {biased, biased});
        double[] prior = PriDe.estimatePrior(List.of(a, b));
        assertThat(prior[0]).isCloseTo(0.7, within(1e-12));
        assertThat(prior[1]).isCloseTo(0.3, within(1e-12));
    }

    /** 5% of 100 items with k = 4: 5 calibration items, cost (5 x 4 + 95) / 100 = 1.15 (the paper's figure). */
    @Test
    void seededCalibrationSampleAndCost() {
        int[] sample = PriDe.calibrationSample(100, PriDe.DEFAULT_CALIBRATION_SHARE, 11);
        assertThat(sample).hasSize(5).isSorted().doesNotHaveDuplicates();
        assertThat(PriDe.calibrationSample(100, 0.05, 11)).containsExactly(sample);
        assertThat(PriDe.calibrationSample(10, 0.05, 11)).hasSize(1);
        double[] flat = {0, 0, 0, 0};
        List<PriDe.CalibrationItem> calibration = Collections.nCopies(5,
                new PriDe.CalibrationItem(new double[][] {flat, flat, flat, flat}));
        List<PriDe.TestItem> tests = Collections.nCopies(95, new PriDe.TestItem(flat, 0));
        assertThat(PriDe.debias(calibration, tests).forwardPassesPerItem()).isCloseTo(1.15, within(1e-12));
    }

    /**
     * A model that knows the answer (the gold option has the highest content score) but adds a constant log bias to
     * slot 0: over the cyclic shifts the content averages out, the prior is exactly softmax(bias), and removing it
     * recovers the content argmax, so debiased accuracy is 1 >= observed accuracy and RStd does not grow.
     */
    @Property(tries = 200)
    void aConstantBiasToSlotZeroIsRemoved(@ForAll @IntRange(min = 2, max = 5) int k,
            @ForAll @IntRange(min = 1, max = 5) int calibrationItems, @ForAll @IntRange(min = 1, max = 40) int tests,
            @ForAll @DoubleRange(min = 0.1, max = 6) double bias, @ForAll long seed) {
        Random random = new Random(seed);
        List<PriDe.CalibrationItem> calibration = new ArrayList<>();
        for (int i = 0; i < calibrationItems; i++) {
            double[] content = contentScores(k, random);
            double[][] lp = new double[k][];
            for (int s = 0; s < k; s++) {
                lp[s] = observed(content, s, bias);
            }
            calibration.add(new PriDe.CalibrationItem(lp));
        }
        List<PriDe.TestItem> others = new ArrayList<>();
        for (int i = 0; i < tests; i++) {
            double[] content = contentScores(k, random);
            others.add(new PriDe.TestItem(observed(content, 0, bias), PriDe.argmax(content)));
        }
        PriDe.Result r = PriDe.debias(calibration, others);
        double[] expectedPrior = new double[k];
        expectedPrior[0] = bias;
        double[] softmax = PriDe.softmax(expectedPrior);
        for (int j = 0; j < k; j++) {
            assertThat(r.prior().get(j)).isCloseTo(softmax[j], within(1e-9));
        }
        assertThat(r.accuracy().estimate()).isEqualTo(1.0);
        assertThat(r.accuracy().estimate()).isGreaterThanOrEqualTo(r.observedAccuracy().estimate());
        assertThat(r.rstdAfter()).isLessThanOrEqualTo(r.rstdBefore());
    }

    /** Distinct content scores (a shuffle of 0, 1, ..., k-1) so that no argmax is a near tie. */
    private static double[] contentScores(int k, Random random) {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            v.add((double) i);
        }
        Collections.shuffle(v, random);
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Observed log-probabilities of the slots when shifted by s: slot j shows option (j + s) mod k. */
    private static double[] observed(double[] content, int shift, double bias) {
        int k = content.length;
        double[] logits = new double[k];
        for (int j = 0; j < k; j++) {
            logits[j] = content[(j + shift) % k] + (j == 0 ? bias : 0);
        }
        double[] p = PriDe.softmax(logits);
        for (int j = 0; j < k; j++) {
            p[j] = Math.log(p[j]);
        }
        return p;
    }
}
