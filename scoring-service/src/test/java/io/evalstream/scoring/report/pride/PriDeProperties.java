package io.evalstream.scoring.report.pride;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the PriDe section over random readers. A reader whose slot probabilities are a position prior times
 * a content belief (the factorisation PriDe assumes) is read under every cyclic shift of every item, as a CYCLIC run
 * asks it; the section must then (1) recover the prior, (2) give an unbiased oracle RStd 0 before and after, and
 * (3) never make a factorised reader less accurate than the content belief's own argmax.
 */
class PriDeProperties {

    @Property(tries = 60)
    void anUnbiasedOracleHasRStdZeroUnderAllPermutations(@ForAll @IntRange(min = 2, max = 6) int k,
            @ForAll @IntRange(min = 1, max = 40) int items, @ForAll long seed) {
        double[] uniform = new double[k];
        java.util.Arrays.fill(uniform, 1.0 / k);
        PriDeRow row = analyse(k, items, seed, uniform, 0.9).row();

        assertThat(row.accuracyBefore()).isEqualTo(1.0);
        assertThat(row.accuracyAfter()).isEqualTo(1.0);
        assertThat(row.rstdBefore()).isCloseTo(0.0, within(1e-9));
        assertThat(row.rstdAfter()).isCloseTo(0.0, within(1e-9));
        assertThat(row.forwardPassesPerItem()).isEqualTo(k);
    }

    @Property(tries = 60)
    void aPurePositionPriorIsRecoveredAndDividedOut(@ForAll @IntRange(min = 2, max = 6) int k,
            @ForAll @IntRange(min = 1, max = 40) int items, @ForAll long seed) {
        Random random = new Random(seed);
        double[] prior = new double[k];
        double sum = 0;
        for (int j = 0; j < k; j++) {
            prior[j] = 0.2 + random.nextDouble();
            sum += prior[j];
        }
        for (int j = 0; j < k; j++) {
            prior[j] /= sum;
        }
        PriDeAnalysis.Result result = analyse(k, items, seed, prior, 0.6);

        for (int j = 0; j < k; j++) {
            assertThat(result.prior().get(j).prior()).isCloseTo(prior[j], within(1e-9));
        }
        // every item is a calibration item here, predicted by permutation debiasing: the content argmax, the gold
        assertThat(result.row().accuracyAfter()).isEqualTo(1.0);
        assertThat(result.row().rstdAfter()).isCloseTo(0.0, within(1e-9));
        assertThat(result.row().accuracyAfter()).isGreaterThanOrEqualTo(result.row().accuracyBefore());
    }

    /**
     * Items with random gold, each read under all k cyclic shifts by a reader with slot probability proportional to
     * prior[slot] x belief(option shown there), where the belief puts {@code confidence} on the gold and spreads the
     * rest evenly over the other options.
     */
    private static PriDeAnalysis.Result analyse(int k, int items, long seed, double[] prior, double confidence) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        Map<String, List<LabelReading>> readings = new LinkedHashMap<>();
        for (int i = 0; i < items; i++) {
            int gold = random.nextInt(k);
            List<LabelReading> item = new ArrayList<>();
            for (int s = 0; s < k; s++) {
                double[] p = new double[k];
                double total = 0;
                int goldSlot = -1;
                for (int j = 0; j < k; j++) {
                    int option = (j + s) % k;
                    double belief = option == gold ? confidence : (1 - confidence) / (k - 1);
                    p[j] = prior[j] * belief;
                    total += p[j];
                    if (option == gold) {
                        goldSlot = j;
                    }
                }
                for (int j = 0; j < k; j++) {
                    p[j] /= total;
                }
                item.add(new LabelReading("cyclic-" + s, p, goldSlot));
            }
            readings.put("i" + i, item);
        }
        List<String> labels = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            labels.add(String.valueOf((char) ('A' + j)));
        }
        return PriDeAnalysis.analyse("m", k, readings, (long) items * k, labels, 50, seed).orElseThrow();
    }
}
