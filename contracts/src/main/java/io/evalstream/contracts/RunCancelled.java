package io.evalstream.contracts;

import java.time.Instant;
import java.util.Objects;

/** A run was cancelled: no further model calls for it. Key: runId. */
public record RunCancelled(int schema, String id, Instant occurredAt, String runId, String reason) implements Event {
    public static final String TYPE = "RunCancelled";

    public RunCancelled {
        Envelope.check(schema, id, occurredAt);
        Objects.requireNonNull(runId, "runId");
    }

    public static RunCancelled of(String runId, String reason) {
        return new RunCancelled(CURRENT_SCHEMA, Envelope.newId(), Instant.now(), runId, reason);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
