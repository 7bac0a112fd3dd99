package io.evalstream.scoring.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HolmBonferroniTest {

    /**
     * p = [0.01, 0.04, 0.03, 0.005], m = 4. Sorted: 0.005 * 4 = 0.02; 0.01 * 3 = 0.03; 0.03 * 2 = 0.06;
     * 0.04 * 1 = 0.04 -> running max 0.06. In input order: [0.03, 0.06, 0.06, 0.02] (as R's p.adjust "holm").
     */
    @Test
    void golden() {
        double[] adjusted = HolmBonferroni.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertThat(adjusted[0]).isCloseTo(0.03, within(1e-12));
        assertThat(adjusted[1]).isCloseTo(0.06, within(1e-12));
        assertThat(adjusted[2]).isCloseTo(0.06, within(1e-12));
        assertThat(adjusted[3]).isCloseTo(0.02, within(1e-12));
    }

    /** Capped at 1: [0.5, 0.6] -> 0.5 * 2 = 1.0, max(1.0, 0.6) = 1.0. */
    @Test
    void cappedAtOne() {
        assertThat(HolmBonferroni.adjust(new double[] {0.5, 0.6})).containsExactly(1.0, 1.0);
        assertThat(HolmBonferroni.adjust(new double[0])).isEmpty();
    }

    @Property
    void adjustedIsAtLeastRawAndMonotone(
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0, max = 1) Double> raw) {
        double[] p = raw.stream().mapToDouble(Double::doubleValue).toArray();
        double[] adjusted = HolmBonferroni.adjust(p);
        for (int i = 0; i < p.length; i++) {
            assertThat(adjusted[i]).isGreaterThanOrEqualTo(p[i]).isLessThanOrEqualTo(1.0);
            for (int j = 0; j < p.length; j++) {
                if (p[i] <= p[j]) {
                    assertThat(adjusted[i]).isLessThanOrEqualTo(adjusted[j]);
                }
            }
        }
    }
}
