package io.evalstream.scoring.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * By hand, p0 = 0.5, n = 10: P(X = 0) = P(X = 10) = 1/1024, P(X = 1) = P(X = 9) = 10/1024. For k = 9 the outcomes
 * no more likely than 9 are {0, 1, 9, 10}: p = 22/1024 = 0.021484375. For k = 5 every outcome counts: p = 1.
 * For k = 0 of 3 at p0 = 0.5: {0, 3}: p = 2/8 = 0.25.
 */
class ExactBinomialTestTest {

    @Test
    void nineOfTenAtAHalf() {
        ExactBinomialTest.Result r = ExactBinomialTest.test(9, 10, 0.5);
        assertThat(r.pValue()).isCloseTo(0.021484375, within(1e-12));
        assertThat(r.estimate()).isEqualTo(0.9);
        assertThat(r.n()).isEqualTo(10);
    }

    @Test
    void theMostLikelyOutcomeHasPOne() {
        assertThat(ExactBinomialTest.test(5, 10, 0.5).pValue()).isCloseTo(1.0, within(1e-12));
        assertThat(ExactBinomialTest.test(0, 3, 0.5).pValue()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void asymmetricChance() {
        // p0 = 0.25, n = 4, k = 4: P(4) = 1/256; P(3) = 12/256, P(0) = 81/256, P(1) = 108/256, P(2) = 54/256,
        // so only k = 4 is as unlikely: p = 1/256.
        assertThat(ExactBinomialTest.test(4, 4, 0.25).pValue()).isCloseTo(1.0 / 256, within(1e-12));
    }

    @Test
    void mirroredCountsAtAHalfHaveTheSamePValue() {
        // commons-math3's BinomialTest compared the pdf values exactly and gave k and n - k different p-values
        for (int n = 1; n <= 80; n++) {
            for (int k = 0; k <= n; k++) {
                assertThat(ExactBinomialTest.test(k, n, 0.5).pValue()).as("k=%d n=%d", k, n)
                        .isCloseTo(ExactBinomialTest.test(n - k, n, 0.5).pValue(), within(1e-12));
            }
        }
        // 3 of 8 at a half: P(X <= 3) + P(X >= 5) = (1 + 8 + 28 + 56) x 2 / 256 = 186/256
        assertThat(ExactBinomialTest.test(3, 8, 0.5).pValue()).isCloseTo(186.0 / 256, within(1e-12));
        assertThat(ExactBinomialTest.test(5, 8, 0.5).pValue()).isCloseTo(186.0 / 256, within(1e-12));
        // a tail too small for 1 - cdf: 0 of 60 at a half = 2 x 0.5^60
        assertThat(ExactBinomialTest.test(0, 60, 0.5).pValue()).isCloseTo(2 * Math.pow(0.5, 60), within(1e-30));
    }

    @Test
    void rejectsImpossibleInput() {
        assertThatThrownBy(() -> ExactBinomialTest.test(11, 10, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExactBinomialTest.test(1, 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExactBinomialTest.test(1, 2, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
