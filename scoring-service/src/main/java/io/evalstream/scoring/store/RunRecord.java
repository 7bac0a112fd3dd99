package io.evalstream.scoring.store;

import io.evalstream.contracts.RunState;
import io.evalstream.scoring.metric.RunPace;
import java.time.Instant;
import java.util.List;

/**
 * A run as the read side sees it: its plan (suite and version are null until RunPlanned arrives) joined with
 * its progress. {@code models} are the planned models, or the models seen so far before the plan arrives.
 * {@code costUsd} is the sum of its responses' known costs (answers from the response cache cost 0; responses
 * of models without a registered price add nothing).
 */
public record RunRecord(String runId, String suite, Integer suiteVersion, RunState state, Long planned,
        long received, long errors, List<String> models, Instant createdAt, Instant completedAt, double costUsd,
        Instant progressStartedAt, Instant progressUpdatedAt) {

    /** Without the cost and the progress times (callers that need neither). */
    public RunRecord(String runId, String suite, Integer suiteVersion, RunState state, Long planned, long received,
            long errors, List<String> models, Instant createdAt, Instant completedAt) {
        this(runId, suite, suiteVersion, state, planned, received, errors, models, createdAt, completedAt, 0.0, null,
                null);
    }

    /** Throughput and ETA from the stored progress times. */
    public RunPace pace() {
        return RunPace.of(state, planned, received, progressStartedAt, progressUpdatedAt, completedAt);
    }
}
