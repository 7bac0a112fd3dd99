package io.evalstream.scoring.store;

import io.evalstream.contracts.RunState;
import io.evalstream.scoring.metric.RunPace;
import java.time.Instant;
import java.util.List;

/**
 * A run as the read side sees it: its plan (suite and version are null until RunPlanned arrives) joined with
 * its progress. {@code models} are the planned models, or the models seen so far before the plan arrives.
 */
public record RunRecord(String runId, String suite, Integer suiteVersion, RunState state, Long planned,
        long received, long errors, List<String> models, Instant createdAt, Instant completedAt,
        Instant progressStartedAt, Instant progressUpdatedAt) {

    /** Without the progress times (callers that do not need the pace). */
    public RunRecord(String runId, String suite, Integer suiteVersion, RunState state, Long planned, long received,
            long errors, List<String> models, Instant createdAt, Instant completedAt) {
        this(runId, suite, suiteVersion, state, planned, received, errors, models, createdAt, completedAt, null,
                null);
    }

    /** Throughput and ETA from the stored progress times. */
    public RunPace pace() {
        return RunPace.of(state, planned, received, progressStartedAt, progressUpdatedAt, completedAt);
    }
}
