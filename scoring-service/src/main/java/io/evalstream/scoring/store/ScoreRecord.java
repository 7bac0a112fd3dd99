package io.evalstream.scoring.store;

import java.time.Instant;
import java.util.List;

/** One stored score row, for drill-down. */
public record ScoreRecord(String requestId, String runId, String modelId, String itemId, String variantId,
        int sample, String status, String value, Double score, String answer, String reference, List<String> slices,
        String scorer, String filter, String explanation, Long latencyMs, Double costUsd, Integer inputTokens,
        Integer outputTokens, Instant created) {
}
