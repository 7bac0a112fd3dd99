package io.evalstream.scoring.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SelectionBiasTest {

    /**
     * k = 2. Gold at 0 twice, both answered 0: recall 1. Gold at 1 twice, one answered 1: recall 0.5. Mean 0.75,
     * population SD sqrt(((0.25)^2 + (0.25)^2) / 2) = 0.25 -> RStd 25. Accuracy 3/4.
     */
    @Test
    void golden() {
        SelectionBias.Result r = SelectionBias.of(List.of(new SelectionBias.Prediction(0, 0),
                new SelectionBias.Prediction(0, 0), new SelectionBias.Prediction(1, 1),
                new SelectionBias.Prediction(1, 0)), 2);
        assertThat(r.recalls()).containsExactly(1.0, 0.5);
        assertThat(r.goldCounts()).containsExactly(2, 2);
        assertThat(r.rstd()).isCloseTo(25.0, within(1e-12));
        assertThat(r.accuracy().estimate()).isEqualTo(0.75);
        assertThat(r.n()).isEqualTo(4);
    }

    /** A position without gold answers has no recall and is left out: recalls [1, null, 0] -> SD 0.5 -> 50. */
    @Test
    void positionsWithoutGoldAreLeftOut() {
        SelectionBias.Result r = SelectionBias.of(List.of(new SelectionBias.Prediction(0, 0),
                new SelectionBias.Prediction(2, 0)), 3);
        assertThat(r.recalls()).containsExactly(1.0, null, 0.0);
        assertThat(r.rstd()).isCloseTo(50.0, within(1e-12));
    }

    /** An oracle answers every permutation correctly: every recall is 1 and RStd is 0, whatever the gold slots. */
    @Property
    void rstdIsZeroForAnOracleUnderAllPermutations(@ForAll @IntRange(min = 2, max = 6) int k,
            @ForAll @IntRange(min = 1, max = 30) int items) {
        List<SelectionBias.Prediction> predictions = new ArrayList<>();
        for (int item = 0; item < items; item++) {
            for (int shift = 0; shift < k; shift++) {
                int goldSlot = Math.floorMod(item % k - shift, k); // gold content moves through every slot
                predictions.add(new SelectionBias.Prediction(goldSlot, goldSlot));
            }
        }
        SelectionBias.Result r = SelectionBias.of(predictions, k);
        assertThat(r.rstd()).isZero();
        assertThat(r.accuracy().estimate()).isEqualTo(1.0);
    }
}
