package io.evalstream.inference.provider.http;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import java.util.List;
import java.util.UUID;

/** Multiple-choice requests to a model at a stub's base URL. */
public final class StubRequests {
    public static final String QUESTION = "Which planet is largest?\nA. Mars\nB. Jupiter\nC. Venus\nD. Earth\nAnswer:";
    public static final List<String> ABCD = List.of("A", "B", "C", "D");

    private StubRequests() {
    }

    public static ModelRef model(String provider, String baseUrl, String apiKeyEnv) {
        return new ModelRef(provider + ":stub", provider, provider + ":stub", "stub-model", baseUrl, apiKeyEnv);
    }

    public static EvaluationRequested chat(ModelRef model, Generation generation) {
        return request(model, ModelInput.chat("Answer with the letter only.", QUESTION), generation, "item-1");
    }

    public static EvaluationRequested chat(ModelRef model, Generation generation, String itemId) {
        return request(model, ModelInput.chat("Answer with the letter only.", QUESTION + " " + itemId), generation,
                itemId);
    }

    /** A question without options: the stub echoes it, one token per word. */
    public static EvaluationRequested freeText(ModelRef model, Generation generation, String text) {
        return request(model, ModelInput.chat(null, text), generation, "item-free");
    }

    public static EvaluationRequested prompt(ModelRef model, Generation generation) {
        return request(model, new ModelInput(null, null, QUESTION), generation, "item-1");
    }

    private static EvaluationRequested request(ModelRef model, ModelInput input, Generation generation, String itemId) {
        ScoringContext scoring = new ScoringContext("multiple_choice", generation.logprobs() ? "LABEL_PROBS" : "GENERATE",
                "B", ABCD, 1, List.of(), null);
        return EvaluationRequested.of("run-" + UUID.randomUUID(), itemId, Variant.original(), 0, Purpose.ANSWER, null,
                model, input, generation, scoring);
    }
}
