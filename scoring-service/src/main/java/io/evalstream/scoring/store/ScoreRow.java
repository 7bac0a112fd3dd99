package io.evalstream.scoring.store;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.ScoredResponse;
import java.util.List;
import java.util.Objects;

/** One row of {@code scoring.score}: the single stored outcome of one request id (invariant 2). */
public record ScoreRow(String requestId, String runId, String modelId, String itemId, String variantId, int sample,
        ResponseStatus status, ScoreValue value, Double score, String answer, String reference, List<String> slices,
        String scorer, String filter, String explanation, long latencyMs, Double costUsd, Integer inputTokens,
        Integer outputTokens) {

    /** Text is cleaned of NUL characters here, once, so that every table and comparison sees the same values. */
    public ScoreRow {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(value, "value");
        requestId = SqlText.clean(requestId);
        runId = SqlText.clean(runId);
        modelId = SqlText.clean(modelId);
        itemId = SqlText.clean(itemId);
        variantId = SqlText.clean(variantId);
        answer = SqlText.clean(answer);
        reference = SqlText.clean(reference);
        slices = slices == null ? List.of() : slices.stream().map(SqlText::clean).toList();
        scorer = SqlText.clean(scorer);
        filter = SqlText.clean(filter);
        explanation = SqlText.clean(explanation);
    }

    public static ScoreRow of(ScoredResponse scored) {
        ResponseReceived r = scored.response();
        Score s = scored.score();
        return new ScoreRow(r.requestId(), r.runId(), r.modelId(), r.itemId(), r.variant().id(), r.sample(),
                r.status(), s.value(), s.score(), s.answer(), r.scoring().reference(), r.scoring().slices(),
                scored.scorer(), s.filter(), s.explanation(), r.latencyMs(), r.costUsd(),
                r.usage() == null ? null : r.usage().inputTokens(),
                r.usage() == null ? null : r.usage().outputTokens());
    }

    /** Whether the request ended without an answer (ERROR or TIMEOUT): counted as an error in the progress. */
    public boolean failed() {
        return !status.answered();
    }
}
