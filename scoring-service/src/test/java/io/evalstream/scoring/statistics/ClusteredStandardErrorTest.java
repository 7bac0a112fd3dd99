package io.evalstream.scoring.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteredStandardErrorTest {

    /**
     * Clusters {1, 1} and {0, 0}: n = 4, C = 2, mean 0.5; cluster residual sums +1 and -1, sum of squares 2;
     * SE = sqrt(2/1) * sqrt(2) / 4 = 2/4 = 0.5. (The naive SE, ignoring clustering, is sqrt(1/3)/2 = 0.2887.)
     */
    @Test
    void twoPerfectlyCorrelatedClusters() {
        ClusteredStandardError.Result r = ClusteredStandardError.of(List.of(new double[] {1, 1}, new double[] {0, 0}));
        assertThat(r.mean()).isCloseTo(0.5, within(1e-12));
        assertThat(r.standardError()).isCloseTo(0.5, within(1e-12));
        assertThat(r.n()).isEqualTo(4);
        assertThat(r.clusters()).isEqualTo(2);
    }

    /**
     * Clusters {1, 0} and {1}: n = 3, mean 2/3; residual sums (1/3 - 2/3) = -1/3 and 1/3; sum of squares 2/9;
     * SE = sqrt(2) * sqrt(2/9) / 3 = (2/3) / 3 = 2/9 = 0.222222.
     */
    @Test
    void unequalClusters() {
        ClusteredStandardError.Result r = ClusteredStandardError.of(List.of(new double[] {1, 0}, new double[] {1}));
        assertThat(r.mean()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.standardError()).isCloseTo(2.0 / 9, within(1e-12));
    }

    /** One observation per cluster: {1, 0, 1, 1}, mean 0.75, sample SD sqrt(0.25) = 0.5, SE = 0.5/2 = 0.25. */
    @Test
    void singletonsGiveTheOrdinaryStandardError() {
        ClusteredStandardError.Result r = ClusteredStandardError.of(List.of(new double[] {1}, new double[] {0},
                new double[] {1}, new double[] {1}));
        assertThat(r.standardError()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void undefinedWithoutTwoClusters() {
        assertThat(ClusteredStandardError.of(List.of()).mean()).isNull();
        ClusteredStandardError.Result one = ClusteredStandardError.of(List.of(new double[] {1, 0}, new double[0]));
        assertThat(one.mean()).isEqualTo(0.5);
        assertThat(one.standardError()).isNull();
        assertThat(one.clusters()).isEqualTo(1);
    }
}
