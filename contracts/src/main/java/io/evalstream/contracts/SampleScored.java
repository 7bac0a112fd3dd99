package io.evalstream.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One response was scored, stored and counted. {@code scorer} and {@code filter} name what produced the
 * number so results can be traced to their procedure. Key: {@link Keys#itemKey}.
 */
public record SampleScored(int schema, String id, Instant occurredAt, String requestId, String runId,
        String itemId, String variantId, int sample, String modelId, String scorer, String filter,
        ScoreValue value, Double score, String answer, String reference, List<String> slices, String explanation)
        implements Event {
    public static final String TYPE = "SampleScored";

    public SampleScored {
        Envelope.check(schema, id, occurredAt);
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(value, "value");
        slices = slices == null ? List.of() : List.copyOf(slices);
    }

    public static SampleScored of(String requestId, String runId, String itemId, String variantId, int sample,
            String modelId, String scorer, String filter, ScoreValue value, Double score, String answer,
            String reference, List<String> slices, String explanation) {
        return new SampleScored(CURRENT_SCHEMA, Envelope.newId(), Instant.now(), requestId, runId, itemId,
                variantId, sample, modelId, scorer, filter, value, score, answer, reference, slices, explanation);
    }

    public String key() {
        return Keys.itemKey(runId, itemId);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
