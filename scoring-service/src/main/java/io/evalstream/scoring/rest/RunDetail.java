package io.evalstream.scoring.rest;

import io.evalstream.contracts.RunState;
import io.evalstream.scoring.metric.RunPace;
import io.evalstream.scoring.store.RunRecord;
import java.time.Instant;
import java.util.List;

/**
 * A run with every metric of every model and slice, and its pace ({@link RunSummary}); {@code costUsd} is the run's
 * total (per model: the {@code costUsd} of each model's {@code all} metric, and of its leaderboard row).
 */
public record RunDetail(String runId, String suite, Integer suiteVersion, RunState state, Long planned,
        long received, long errors, List<String> models, Instant createdAt, Instant completedAt,
        List<MetricView> metrics, double costUsd, Double ratePerSecond, Double etaSeconds) {

    static RunDetail of(RunRecord run, List<MetricView> metrics) {
        RunPace pace = run.pace();
        return new RunDetail(run.runId(), run.suite(), run.suiteVersion(), run.state(), run.planned(),
                run.received(), run.errors(), run.models(), run.createdAt(), run.completedAt(), metrics,
                run.costUsd(), pace.ratePerSecond(), pace.etaSeconds());
    }
}
