package io.evalstream.scoring.store;

import io.evalstream.contracts.RunState;

/**
 * A run's progress as stored in {@code scoring.run_progress}. {@code planned} is null until the run's
 * {@code RunPlanned} arrives: responses may overtake it, and completion waits for it.
 */
public record RunProgress(String runId, Long planned, long received, long errors, RunState state) {

    public boolean isTerminal() {
        return state == RunState.COMPLETED || state == RunState.CANCELLED || state == RunState.FAILED;
    }
}
