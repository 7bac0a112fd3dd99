package io.evalstream.scoring.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties every Wilson interval must have, for any counts: it lies in [0, 1], contains the estimate, and
 * narrows as n grows at a fixed proportion (k/n against m k / m n). Counts are drawn as n and a share of n, so
 * that no generated case is discarded.
 */
class WilsonIntervalPropertiesTest {

    private static long successes(int n, double share) {
        return Math.round(share * n);
    }

    @Property
    void liesWithinZeroAndOne(@ForAll @IntRange(min = 1, max = 100_000) int n,
            @ForAll @DoubleRange(min = 0, max = 1) double share) {
        Proportion p = WilsonInterval.of95(successes(n, share), n);
        assertThat(p.low()).isBetween(0.0, 1.0);
        assertThat(p.high()).isBetween(0.0, 1.0);
        assertThat(p.low()).isLessThanOrEqualTo(p.high());
    }

    @Property
    void containsTheEstimate(@ForAll @IntRange(min = 1, max = 100_000) int n,
            @ForAll @DoubleRange(min = 0, max = 1) double share) {
        Proportion p = WilsonInterval.of95(successes(n, share), n);
        assertThat(p.estimate()).isBetween(p.low(), p.high());
    }

    @Property
    void shrinksAsNGrowsAtAFixedProportion(@ForAll @IntRange(min = 1, max = 2_000) int n,
            @ForAll @DoubleRange(min = 0, max = 1) double share, @ForAll @IntRange(min = 2, max = 50) int factor) {
        long k = successes(n, share);
        Proportion small = WilsonInterval.of95(k, n);
        Proportion large = WilsonInterval.of95(k * factor, (long) n * factor);
        assertThat(large.estimate()).isEqualTo(small.estimate());
        assertThat(large.high() - large.low()).isLessThan(small.high() - small.low());
    }
}
