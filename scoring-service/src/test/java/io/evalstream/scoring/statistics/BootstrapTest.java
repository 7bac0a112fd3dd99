package io.evalstream.scoring.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link PairedBootstrap}, {@link BootstrapInterval} and {@link Quantiles}. */
class BootstrapTest {

    /** Type 7: [1, 2, 3, 4] at 0.5 -> h = 1.5 -> 2.5; at 0.25 -> h = 0.75 -> 1.75; at 1 -> 4. */
    @Test
    void quantilesInterpolateLinearly() {
        double[] v = {4, 1, 3, 2};
        assertThat(Quantiles.of(v, 0.5)).isEqualTo(2.5);
        assertThat(Quantiles.of(v, 0.25)).isEqualTo(1.75);
        assertThat(Quantiles.of(v, 1)).isEqualTo(4.0);
        assertThat(v).containsExactly(4, 1, 3, 2);
    }

    /**
     * Differences d = [0, 2] (first = [1, 3], second = [1, 1]): a resample of two items has mean 0 (both 0,
     * probability 1/4), 1 (1/2) or 2 (1/4). Observed mean 1 > 0; the share of resamples at or below 0 is about
     * 1/4, so p is about 2 * 1/4 = 0.5; the 2.5th and 97.5th percentiles are 0 and 2.
     */
    @Test
    void pairedBootstrapOfTwoItems() {
        PairedBootstrap.Result r = PairedBootstrap.test(new double[] {1, 3}, new double[] {1, 1}, 10_000, 42);
        assertThat(r.meanDifference()).isEqualTo(1.0);
        assertThat(r.low()).isEqualTo(0.0);
        assertThat(r.high()).isEqualTo(2.0);
        assertThat(r.pValue()).isCloseTo(0.5, within(0.03));
        assertThat(r.n()).isEqualTo(2);
    }

    /** Every difference is +1: no resample reaches 0, p = 0 (resolution 1/rounds); interval [1, 1]. */
    @Test
    void pairedBootstrapOfAConstantDifference() {
        PairedBootstrap.Result r = PairedBootstrap.test(new double[] {1, 1, 1}, new double[] {0, 0, 0}, 500, 1);
        assertThat(r.pValue()).isZero();
        assertThat(r.low()).isEqualTo(1.0);
        assertThat(r.high()).isEqualTo(1.0);
        PairedBootstrap.Result none = PairedBootstrap.test(new double[] {1, 0}, new double[] {1, 0}, 500, 1);
        assertThat(none.pValue()).isEqualTo(1.0);
    }

    /** Values [0, 2]: resampled means 0, 1, 2 with probabilities 1/4, 1/2, 1/4; SE = sqrt(0.5) = 0.7071. */
    @Test
    void intervalOfTheMean() {
        BootstrapInterval.Result r = BootstrapInterval.ofMean(new double[] {0, 2}, 10_000, 7);
        assertThat(r.estimate()).isEqualTo(1.0);
        assertThat(r.low()).isEqualTo(0.0);
        assertThat(r.high()).isEqualTo(2.0);
        assertThat(r.standardError()).isCloseTo(Math.sqrt(0.5), within(0.02));
        assertThat(r.n()).isEqualTo(2);
    }

    @Test
    void intervalOfAnotherStatistic() {
        BootstrapInterval.Result r = BootstrapInterval.of(new double[] {5, 5, 5}, v -> v[0] * 2, 0.9, 100, 3);
        assertThat(r.estimate()).isEqualTo(10.0);
        assertThat(r.low()).isEqualTo(10.0);
        assertThat(r.high()).isEqualTo(10.0);
        assertThat(r.standardError()).isZero();
    }

    @Property(tries = 50)
    void deterministicUnderTheSameSeed(@ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = 0, max = 1) Double> a,
            @ForAll long seed) {
        double[] x = a.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1 - x[i] * x[i];
        }
        assertThat(PairedBootstrap.test(x, y, 200, seed)).isEqualTo(PairedBootstrap.test(x, y, 200, seed));
        assertThat(BootstrapInterval.ofMean(x, 200, seed)).isEqualTo(BootstrapInterval.ofMean(x, 200, seed));
        BootstrapInterval.Result r = BootstrapInterval.ofMean(x, 200, seed);
        assertThat(r.low()).isLessThanOrEqualTo(r.high());
    }
}
