package io.evalstream.scoring.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class McNemarTestTest {

    /**
     * b = 10, c = 2 (and 8 concordant items, n = 20): exact p = 2 * P(X <= 2 | 12, 0.5) = 2 * (1 + 12 + 66) / 4096
     * = 158/4096 = 0.03857421875; chi-square = (|10 - 2| - 1)^2 / 12 = 49/12 = 4.083333, p = erfc(sqrt(x/2)) =
     * 0.0433081.
     */
    @Test
    void goldenDiscordantCounts() {
        McNemarTest.Result r = McNemarTest.fromDiscordant(20, 10, 2);
        assertThat(r.pValue()).isCloseTo(0.03857421875, within(1e-12));
        assertThat(r.chiSquare()).isCloseTo(49.0 / 12, within(1e-12));
        assertThat(r.chiSquarePValue()).isCloseTo(0.0433081428, within(1e-8));
        assertThat(r.accuracyDifference()).isCloseTo(0.4, within(1e-12));
    }

    /** first = [T, T, F, F, T], second = [F, T, T, F, T]: b = 1 (item 0), c = 1 (item 2): p = 1, chi2 = 0. */
    @Test
    void countsFromPairedOutcomes() {
        McNemarTest.Result r = McNemarTest.test(new boolean[] {true, true, false, false, true},
                new boolean[] {false, true, true, false, true});
        assertThat(r.firstOnly()).isEqualTo(1);
        assertThat(r.secondOnly()).isEqualTo(1);
        assertThat(r.pValue()).isCloseTo(1.0, within(1e-12));
        assertThat(r.chiSquare()).isZero();
        assertThat(r.n()).isEqualTo(5);
    }

    @Test
    void noDiscordantItemsIsNoEvidence() {
        McNemarTest.Result r = McNemarTest.fromDiscordant(7, 0, 0);
        assertThat(r.pValue()).isEqualTo(1.0);
        assertThat(r.chiSquarePValue()).isEqualTo(1.0);
    }

    @Property
    void symmetricInSwappingTheModels(@ForAll @Size(max = 60) boolean[] a, @ForAll @Size(max = 60) boolean[] b) {
        int n = Math.min(a.length, b.length);
        boolean[] x = java.util.Arrays.copyOf(a, n);
        boolean[] y = java.util.Arrays.copyOf(b, n);
        McNemarTest.Result xy = McNemarTest.test(x, y);
        McNemarTest.Result yx = McNemarTest.test(y, x);
        assertThat(yx.pValue()).isEqualTo(xy.pValue());
        assertThat(yx.chiSquare()).isEqualTo(xy.chiSquare());
        assertThat(yx.firstOnly()).isEqualTo(xy.secondOnly());
        assertThat(yx.accuracyDifference()).isEqualTo(-xy.accuracyDifference());
    }
}
