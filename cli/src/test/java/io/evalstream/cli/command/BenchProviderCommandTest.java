package io.evalstream.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchProviderCommandTest {

    @Test
    void steadyRateIsMeasuredBetweenTenAndNinetyPercentOfTheCalls() {
        // 1000 calls: a slow start, then 100 calls per 100 ms (1000/s), then a tail
        List<long[]> samples = List.of(new long[] {0, 0}, new long[] {500_000_000L, 50}, new long[] {600_000_000L, 100},
                new long[] {1_400_000_000L, 900}, new long[] {2_000_000_000L, 1000});
        assertThat(BenchProviderCommand.steadyRate(samples, 1000)).isEqualTo(1000.0);
        assertThat(BenchProviderCommand.steadyRate(List.of(new long[] {0, 0}), 1000)).isNaN();
    }

    @Test
    void meanInFlightCountsOnlyTheSamplesOfTheSteadyWindow() {
        // {nanos, calls so far, in flight}: the ramp (calls < 100) and the tail (calls >= 900) are left out
        List<long[]> samples = List.of(new long[] {0, 0, 512}, new long[] {1, 100, 500}, new long[] {2, 500, 300},
                new long[] {3, 899, 400}, new long[] {4, 950, 1});
        assertThat(BenchProviderCommand.steadyMeanInFlight(samples, 1000)).isEqualTo(400.0);
        assertThat(BenchProviderCommand.steadyMeanInFlight(List.of(new long[] {0, 0, 5}), 1000)).isNaN();
    }
}
