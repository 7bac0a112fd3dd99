package io.evalstream.scoring.metric;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.RunState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunPaceTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void rateIsStoredResponsesPerSecondAndEtaTheRemainderAtThatRate() {
        RunPace pace = RunPace.of(RunState.RUNNING, 1000L, 250, T0, T0.plusSeconds(10), null);
        assertThat(pace.ratePerSecond()).isEqualTo(25.0);
        assertThat(pace.etaSeconds()).isEqualTo(30.0);
    }

    @Test
    void completedRunsKeepTheirRateButHaveNoEta() {
        RunPace pace = RunPace.of(RunState.COMPLETED, 100L, 100, T0, T0.plusSeconds(60), T0.plusSeconds(4));
        assertThat(pace.ratePerSecond()).isEqualTo(25.0);
        assertThat(pace.etaSeconds()).isNull();
    }

    @Test
    void unknownWithoutResponsesTimeOrPlan() {
        assertThat(RunPace.of(RunState.PLANNED, 100L, 0, T0, T0.plusSeconds(5), null).ratePerSecond()).isNull();
        assertThat(RunPace.of(RunState.RUNNING, 100L, 5, T0, T0, null).ratePerSecond()).isNull();
        RunPace noPlan = RunPace.of(RunState.RUNNING, null, 5, T0, T0.plusSeconds(1), null);
        assertThat(noPlan.ratePerSecond()).isEqualTo(5.0);
        assertThat(noPlan.etaSeconds()).isNull();
    }
}
