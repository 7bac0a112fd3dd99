package io.evalstream.scoring.rest;

import io.evalstream.contracts.RunState;
import io.evalstream.scoring.store.RunRecord;
import java.time.Instant;
import java.util.List;

/** A run in the run list. {@code suite}, {@code suiteVersion} and {@code planned} are null until RunPlanned. */
public record RunSummary(String runId, String suite, Integer suiteVersion, RunState state, Long planned,
        long received, long errors, List<String> models, Instant createdAt, Instant completedAt) {

    static RunSummary of(RunRecord run) {
        return new RunSummary(run.runId(), run.suite(), run.suiteVersion(), run.state(), run.planned(),
                run.received(), run.errors(), run.models(), run.createdAt(), run.completedAt());
    }
}
