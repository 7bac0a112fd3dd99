package io.evalstream.inference;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import java.util.List;

/** Requests as item-service builds them, for tests. */
public final class TestRequests {
    public static final List<String> ABCD = List.of("A", "B", "C", "D");
    public static final List<String> TRUE_FALSE = List.of("True", "False");

    private TestRequests() {
    }

    public static ModelRef builtin(String name) {
        return new ModelRef("builtin:" + name, "builtin", null, name);
    }

    /** A multiple-choice request read by generation (greedy, 16 tokens). */
    public static EvaluationRequested multipleChoice(String runId, String itemId, ModelRef model, String reference) {
        return multipleChoice(runId, itemId, model, reference, Generation.greedy(16));
    }

    public static EvaluationRequested multipleChoice(String runId, String itemId, ModelRef model, String reference,
            Generation generation) {
        String readMode = generation.logprobs() ? "LABEL_PROBS" : "GENERATE";
        ScoringContext scoring = new ScoringContext("multiple_choice", readMode, reference, ABCD,
                ABCD.indexOf(reference), List.of("demo"), null);
        return EvaluationRequested.of(runId, itemId, Variant.original(), 0, Purpose.ANSWER, null, model,
                ModelInput.chat("Answer with the letter only.", "Which is right? A) w B) x C) y D) z"), generation,
                scoring);
    }

    public static EvaluationRequested trueFalse(String runId, String itemId, ModelRef model, boolean truth,
            Generation generation) {
        String readMode = generation.logprobs() ? "LABEL_PROBS" : "GENERATE";
        ScoringContext scoring = new ScoringContext("true_false", readMode, truth ? "True" : "False", TRUE_FALSE,
                null, List.of(), null);
        return EvaluationRequested.of(runId, itemId, Variant.original(), 0, Purpose.ANSWER, null, model,
                ModelInput.chat(null, "True or false: this statement is short."), generation, scoring);
    }
}
