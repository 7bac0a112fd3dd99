package io.evalstream.scoring.rest;

import io.evalstream.contracts.RunState;
import io.evalstream.scoring.metric.RunPace;
import io.evalstream.scoring.store.RunRecord;
import java.time.Instant;
import java.util.List;

/**
 * A run in the run list. {@code suite}, {@code suiteVersion} and {@code planned} are null until RunPlanned.
 * {@code costUsd}: what its responses cost so far (known costs; cached answers cost 0).
 * {@code ratePerSecond} (responses stored per second over the run's life) and {@code etaSeconds} (only while
 * RUNNING with a known plan) are null when unknown; see {@link io.evalstream.scoring.metric.RunPace}.
 */
public record RunSummary(String runId, String suite, Integer suiteVersion, RunState state, Long planned,
        long received, long errors, List<String> models, Instant createdAt, Instant completedAt, double costUsd,
        Double ratePerSecond, Double etaSeconds) {

    static RunSummary of(RunRecord run) {
        RunPace pace = run.pace();
        return new RunSummary(run.runId(), run.suite(), run.suiteVersion(), run.state(), run.planned(),
                run.received(), run.errors(), run.models(), run.createdAt(), run.completedAt(), run.costUsd(),
                pace.ratePerSecond(), pace.etaSeconds());
    }
}
