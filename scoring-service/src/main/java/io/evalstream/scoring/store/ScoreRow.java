package io.evalstream.scoring.store;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.ScoredResponse;
import java.util.List;
import java.util.Objects;

/**
 * One row of {@code scoring.score}: the single stored outcome of one request id (invariant 2). The last four
 * components serve the dashboard's drill-down: the rendered prompt (scoring attribute {@code prompt}, set by
 * item-service), the raw response text (capped at {@value #MAX_TEXT} characters), the option labels in display
 * order and the error kind of a request without an answer.
 */
public record ScoreRow(String requestId, String runId, String modelId, String itemId, String variantId, int sample,
        ResponseStatus status, ScoreValue value, Double score, String answer, String reference, List<String> slices,
        String scorer, String filter, String explanation, long latencyMs, Double costUsd, Integer inputTokens,
        Integer outputTokens, String prompt, String responseText, List<String> labels, String errorKind,
        String details) {
    /** The scoring attribute that carries the rendered prompt. */
    public static final String PROMPT_ATTRIBUTE = "prompt";
    static final int MAX_TEXT = 8000;

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
        prompt = SqlText.clean(cap(prompt));
        responseText = SqlText.clean(cap(responseText));
        labels = labels == null ? List.of() : labels.stream().map(SqlText::clean).toList();
        errorKind = SqlText.clean(errorKind);
    }

    /** A row without score details (JSON text of {@link Score#details()}, stored as jsonb). */
    public ScoreRow(String requestId, String runId, String modelId, String itemId, String variantId, int sample,
            ResponseStatus status, ScoreValue value, Double score, String answer, String reference,
            List<String> slices, String scorer, String filter, String explanation, long latencyMs, Double costUsd,
            Integer inputTokens, Integer outputTokens, String prompt, String responseText, List<String> labels,
            String errorKind) {
        this(requestId, runId, modelId, itemId, variantId, sample, status, value, score, answer, reference, slices,
                scorer, filter, explanation, latencyMs, costUsd, inputTokens, outputTokens, prompt, responseText,
                labels, errorKind, null);
    }

    /** A row without the drill-down texts (kept for callers that do not have them). */
    public ScoreRow(String requestId, String runId, String modelId, String itemId, String variantId, int sample,
            ResponseStatus status, ScoreValue value, Double score, String answer, String reference,
            List<String> slices, String scorer, String filter, String explanation, long latencyMs, Double costUsd,
            Integer inputTokens, Integer outputTokens) {
        this(requestId, runId, modelId, itemId, variantId, sample, status, value, score, answer, reference, slices,
                scorer, filter, explanation, latencyMs, costUsd, inputTokens, outputTokens, null, null, null, null);
    }

    public static ScoreRow of(ScoredResponse scored) {
        ResponseReceived r = scored.response();
        Score s = scored.score();
        return new ScoreRow(r.requestId(), r.runId(), r.modelId(), r.itemId(), r.variant().id(), r.sample(),
                r.status(), s.value(), s.score(), s.answer(), r.scoring().reference(), r.scoring().slices(),
                scored.scorer(), s.filter(), s.explanation(), r.latencyMs(), r.costUsd(),
                r.usage() == null ? null : r.usage().inputTokens(),
                r.usage() == null ? null : r.usage().outputTokens(),
                r.scoring().attributes().get(PROMPT_ATTRIBUTE), r.output() == null ? null : r.output().text(),
                r.scoring().labels(), r.error() == null ? null : r.error().kind(), ScoreDetailsJson.write(s.details()));
    }

    private static String cap(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    /** Whether the request ended without an answer (ERROR or TIMEOUT): counted as an error in the progress. */
    public boolean failed() {
        return !status.answered();
    }
}
