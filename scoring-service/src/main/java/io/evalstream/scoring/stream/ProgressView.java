package io.evalstream.scoring.stream;

import io.evalstream.contracts.RunState;
import io.evalstream.scoring.metric.RunPace;
import io.evalstream.scoring.store.RunRecord;

/**
 * Data of a {@code progress} event. {@code planned} is null until the run's plan has arrived;
 * {@code ratePerSecond} and {@code etaSeconds} are null when unknown ({@link RunPace}).
 */
public record ProgressView(String runId, Long planned, long received, long errors, RunState state,
        Double ratePerSecond, Double etaSeconds) {

    public ProgressView(String runId, Long planned, long received, long errors, RunState state) {
        this(runId, planned, received, errors, state, null, null);
    }

    static ProgressView of(RunRecord run) {
        RunPace pace = run.pace();
        return new ProgressView(run.runId(), run.planned(), run.received(), run.errors(), run.state(),
                pace.ratePerSecond(), pace.etaSeconds());
    }
}
