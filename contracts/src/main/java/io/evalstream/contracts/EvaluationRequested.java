package io.evalstream.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One model call to make. {@code requestId} is {@link RequestIds#of} of the identity fields, so a replay
 * yields the same id. {@code scoring} is opaque to inference-service and echoed in the response.
 * Key: {@link Keys#itemKey}.
 *
 * <p>{@code cache} (nullable, added after v1): {@code false} when the run opted out of the shared response cache,
 * so that inference-service neither reads nor writes it for this request; null or true use it.
 */
public record EvaluationRequested(int schema, String id, Instant occurredAt, String requestId, String runId,
        String itemId, Variant variant, int sample, Purpose purpose, List<String> parentRequestIds, ModelRef model,
        ModelInput input, Generation generation, ScoringContext scoring, String traceparent, Boolean cache)
        implements Event {
    public static final String TYPE = "EvaluationRequested";

    public EvaluationRequested {
        Envelope.check(schema, id, occurredAt);
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(generation, "generation");
        Objects.requireNonNull(scoring, "scoring");
        parentRequestIds = parentRequestIds == null ? List.of() : List.copyOf(parentRequestIds);
        if (sample < 0) {
            throw new IllegalArgumentException("sample must not be negative");
        }
    }

    /** A request without a cache choice (the v1 shape): it uses the cache. */
    public EvaluationRequested(int schema, String id, Instant occurredAt, String requestId, String runId,
            String itemId, Variant variant, int sample, Purpose purpose, List<String> parentRequestIds,
            ModelRef model, ModelInput input, Generation generation, ScoringContext scoring, String traceparent) {
        this(schema, id, occurredAt, requestId, runId, itemId, variant, sample, purpose, parentRequestIds, model,
                input, generation, scoring, traceparent, null);
    }

    /** Builds a request whose id is derived from its identity fields (invariant 1). */
    public static EvaluationRequested of(String runId, String itemId, Variant variant, int sample, Purpose purpose,
            List<String> parentRequestIds, ModelRef model, ModelInput input, Generation generation,
            ScoringContext scoring) {
        String requestId = RequestIds.of(runId, itemId, variant.id(), sample, model.id(), purpose);
        return new EvaluationRequested(CURRENT_SCHEMA, Envelope.newId(), Instant.now(), requestId, runId, itemId,
                variant, sample, purpose, parentRequestIds, model, input, generation, scoring, null);
    }

    /** This request with the run's cache choice ({@code false}: do not read or write the response cache). */
    public EvaluationRequested withCache(Boolean value) {
        return new EvaluationRequested(schema, id, occurredAt, requestId, runId, itemId, variant, sample, purpose,
                parentRequestIds, model, input, generation, scoring, traceparent, value);
    }

    /** Whether the shared response cache may serve and store this request. */
    public boolean cacheAllowed() {
        return cache == null || cache;
    }

    public String key() {
        return Keys.itemKey(runId, itemId);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
