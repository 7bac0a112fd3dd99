package io.evalstream.contracts;

import java.time.Instant;
import java.util.Objects;

/** Progress and life-cycle of a run, for dashboards, the CLI and other consumers. Key: runId. */
public record RunStatusChanged(int schema, String id, Instant occurredAt, String runId, RunState state,
        long planned, long received, long errors, String message) implements Event {
    public static final String TYPE = "RunStatusChanged";

    public RunStatusChanged {
        Envelope.check(schema, id, occurredAt);
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(state, "state");
    }

    public static RunStatusChanged of(String runId, RunState state, long planned, long received, long errors,
            String message) {
        return new RunStatusChanged(CURRENT_SCHEMA, Envelope.newId(), Instant.now(), runId, state, planned,
                received, errors, message);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
