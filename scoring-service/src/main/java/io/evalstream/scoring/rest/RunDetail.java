package io.evalstream.scoring.rest;

import io.evalstream.contracts.RunState;
import io.evalstream.scoring.store.RunRecord;
import java.time.Instant;
import java.util.List;

/** A run with every metric of every model and slice. */
public record RunDetail(String runId, String suite, Integer suiteVersion, RunState state, Long planned,
        long received, long errors, List<String> models, Instant createdAt, Instant completedAt,
        List<MetricView> metrics) {

    static RunDetail of(RunRecord run, List<MetricView> metrics) {
        return new RunDetail(run.runId(), run.suite(), run.suiteVersion(), run.state(), run.planned(),
                run.received(), run.errors(), run.models(), run.createdAt(), run.completedAt(), metrics);
    }
}
