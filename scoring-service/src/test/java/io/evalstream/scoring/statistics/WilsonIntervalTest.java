package io.evalstream.scoring.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden values worked by hand with z = 1.959964: for 8/10, p = 0.8, z^2 = 3.841459, denominator = 1.384146,
 * centre = (0.8 + 0.192073) / 1.384146 = 0.716740, half = 1.959964 * sqrt(0.016 + 0.009604) / 1.384146 = 0.226578,
 * so [0.490162, 0.943318]. At 0/n and n/n one bound is exactly the estimate.
 */
class WilsonIntervalTest {

    @Test
    void zIsTheNormalQuantile() {
        assertThat(WilsonInterval.z(0.95)).isCloseTo(1.959964, within(1e-6));
    }

    @ParameterizedTest(name = "{0}/{1} -> [{2}, {3}]")
    @CsvSource({
            "8, 10, 0.490162, 0.943318",
            "0, 10, 0.000000, 0.277533",
            "10, 10, 0.722467, 1.000000",
            "1, 2, 0.094531, 0.905469",
            "50, 100, 0.403832, 0.596168",
            "81, 100, 0.722212, 0.874852",
            "1, 1, 0.206549, 1.000000",
    })
    void matchesWorkedValues(int successes, int n, double low, double high) {
        Proportion p = WilsonInterval.of95(successes, n);
        assertThat(p.estimate()).isCloseTo((double) successes / n, within(1e-12));
        assertThat(p.low()).isCloseTo(low, within(1e-6));
        assertThat(p.high()).isCloseTo(high, within(1e-6));
        assertThat(p.n()).isEqualTo(n);
    }

    @Test
    void boundsAreExactAtTheEdges() {
        assertThat(WilsonInterval.of95(0, 10).low()).isEqualTo(0.0);
        assertThat(WilsonInterval.of95(10, 10).high()).isEqualTo(1.0);
    }

    @Test
    void nothingObservedIsUndefinedNotZero() {
        Proportion p = WilsonInterval.of95(0, 0);
        assertThat(p.isDefined()).isFalse();
        assertThat(p.estimate()).isNull();
        assertThat(p.low()).isNull();
        assertThat(p.n()).isZero();
    }

    @Test
    void widerAtHigherConfidence() {
        Proportion p95 = WilsonInterval.of(8, 10, 0.95);
        Proportion p99 = WilsonInterval.of(8, 10, 0.99);
        assertThat(p99.low()).isLessThan(p95.low());
        assertThat(p99.high()).isGreaterThan(p95.high());
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of95(11, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of95(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of95(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(1, 2, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
