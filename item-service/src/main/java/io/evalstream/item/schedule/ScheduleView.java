package io.evalstream.item.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** A schedule as the API shows it, with the runs it started (newest first). */
public record ScheduleView(String id, String cron, String suite, JsonNode run, Instant nextDue, String lastRunId,
        Instant lastStartedAt, String lastError, Instant createdAt, List<ScheduledRun> runs) {

    /** One run a schedule started: when it was due and when it started. */
    public record ScheduledRun(String runId, Instant dueAt, Instant startedAt) {
    }
}
