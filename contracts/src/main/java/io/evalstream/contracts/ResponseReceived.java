package io.evalstream.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * The terminal response to one request (invariant 4), carrying the request's identity and its scoring
 * context back. {@code output} is null unless the status is OK or REFUSED; {@code error} is null when OK.
 * Key: {@link Keys#itemKey}.
 */
public record ResponseReceived(int schema, String id, Instant occurredAt, String requestId, String runId,
        String itemId, Variant variant, int sample, Purpose purpose, String modelId, ResponseStatus status,
        ModelOutput output, Usage usage, Double costUsd, long latencyMs, boolean cached, int attempts,
        ErrorInfo error, ScoringContext scoring, String traceparent) implements Event {
    public static final String TYPE = "ResponseReceived";

    public ResponseReceived {
        Envelope.check(schema, id, occurredAt);
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(scoring, "scoring");
        if (status == ResponseStatus.OK && output == null) {
            throw new IllegalArgumentException("an OK response needs an output");
        }
        if (!status.answered() && error == null) {
            throw new IllegalArgumentException("a " + status + " response needs an error");
        }
    }

    /** A successful answer to {@code request}. */
    public static ResponseReceived ok(EvaluationRequested request, ModelOutput output, Usage usage, Double costUsd,
            long latencyMs, boolean cached, int attempts) {
        return new ResponseReceived(CURRENT_SCHEMA, Envelope.newId(), Instant.now(), request.requestId(),
                request.runId(), request.itemId(), request.variant(), request.sample(), request.purpose(),
                request.model().id(), ResponseStatus.OK, output, usage, costUsd, latencyMs, cached, attempts, null,
                request.scoring(), request.traceparent());
    }

    /** A request that ended without an answer; {@code status} is ERROR or TIMEOUT. */
    public static ResponseReceived failed(EvaluationRequested request, ResponseStatus status, ErrorInfo error,
            long latencyMs, int attempts) {
        return new ResponseReceived(CURRENT_SCHEMA, Envelope.newId(), Instant.now(), request.requestId(),
                request.runId(), request.itemId(), request.variant(), request.sample(), request.purpose(),
                request.model().id(), status, null, null, 0.0, latencyMs, false, attempts, error,
                request.scoring(), request.traceparent());
    }

    public String key() {
        return Keys.itemKey(runId, itemId);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
