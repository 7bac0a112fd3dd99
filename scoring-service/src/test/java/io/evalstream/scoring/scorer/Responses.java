package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ErrorInfo;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.TopLogprob;
import io.evalstream.contracts.Usage;
import io.evalstream.contracts.Variant;
import java.util.ArrayList;
import java.util.List;

/** Builds responses for scorer tests through the contract's own factories, as inference-service does. */
public final class Responses {
    public static final List<String> ABCD = List.of("A", "B", "C", "D");

    private Responses() {
    }

    public static EvaluationRequested request(String kind, String readMode, String reference, List<String> labels,
            List<String> slices) {
        return request("run-1", "item-1", "model-1", kind, readMode, reference, labels, slices);
    }

    public static EvaluationRequested request(String runId, String itemId, String modelId, String kind,
            String readMode, String reference, List<String> labels, List<String> slices) {
        ScoringContext scoring = new ScoringContext(kind, readMode, reference, labels, 0, slices, null);
        return EvaluationRequested.of(runId, itemId, Variant.original(), 0, Purpose.ANSWER, null,
                new ModelRef(modelId, "builtin", null, modelId), ModelInput.chat(null, "question"),
                Generation.greedy(16), scoring);
    }

    /** A multiple-choice GENERATE response with {@code text}, gold {@code reference}. */
    public static ResponseReceived choiceText(String text, String reference) {
        return ok(request("multiple_choice", "GENERATE", reference, ABCD, List.of()), text, List.of());
    }

    /** A multiple-choice LABEL_PROBS response whose first token has {@code top} alternatives. */
    public static ResponseReceived choiceProbs(String reference, List<String> labels, TopLogprob... top) {
        List<TopLogprob> alternatives = List.of(top);
        List<TokenLogprob> logprobs = alternatives.isEmpty() ? List.of()
                : List.of(new TokenLogprob(alternatives.get(0).token(), alternatives.get(0).logprob(), alternatives));
        return ok(request("multiple_choice", "LABEL_PROBS", reference, labels, List.of()),
                alternatives.isEmpty() ? "" : alternatives.get(0).token(), logprobs);
    }

    public static ResponseReceived trueFalseText(String text, String reference) {
        return ok(request("true_false", "GENERATE", reference, List.of("True", "False"), List.of()), text, List.of());
    }

    public static ResponseReceived trueFalseProbs(String reference, TopLogprob... top) {
        List<TopLogprob> alternatives = new ArrayList<>(List.of(top));
        return ok(request("true_false", "LABEL_PROBS", reference, List.of("True", "False"), List.of()),
                alternatives.get(0).token(), List.of(new TokenLogprob(alternatives.get(0).token(),
                        alternatives.get(0).logprob(), alternatives)));
    }

    public static ResponseReceived ok(EvaluationRequested request, String text, List<TokenLogprob> logprobs) {
        return ResponseReceived.ok(request, new ModelOutput(text, "stop", logprobs), new Usage(12, 3), 0.001, 42,
                false, 1);
    }

    public static ResponseReceived failed(EvaluationRequested request, ResponseStatus status) {
        return ResponseReceived.failed(request, status, new ErrorInfo("SERVER", 503, "upstream unavailable"), 900, 3);
    }

    public static TopLogprob top(String token, double probability) {
        return new TopLogprob(token, Math.log(probability));
    }
}
