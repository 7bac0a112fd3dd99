package io.evalstream.inference.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.ChatMessage;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CacheKeyTest {
    private static final ModelRef MODEL = new ModelRef("openai:gpt", "openai", "openai:gpt", "gpt-4o-mini",
            "http://localhost:8000", "OPENAI_API_KEY");
    private static final ModelInput INPUT = new ModelInput("Answer with the letter only.",
            List.of(new ChatMessage("user", "Which? A) x B) y")), null);
    private static final Generation GENERATION = new Generation(0.0, 1.0, 16, 7L, List.of("\n"), true, 5);
    private static final ScoringContext SCORING = new ScoringContext("multiple_choice", "GENERATE", "B",
            List.of("A", "B"), 1, List.of("demo"), null);

    private static EvaluationRequested request(String runId, String itemId, ModelRef model, ModelInput input,
            Generation generation, int sample) {
        return EvaluationRequested.of(runId, itemId, Variant.original(), sample, Purpose.ANSWER, null, model, input,
                generation, SCORING);
    }

    private static EvaluationRequested base() {
        return request("run-1", "item-1", MODEL, INPUT, GENERATION, 0);
    }

    private static String keyWith(UnaryOperator<EvaluationRequested> change) {
        return CacheKey.of(change.apply(base()));
    }

    @Test
    void sameContentGivesTheSameKeyWhateverTheRunRequestOrEvent() {
        String key = CacheKey.of(base());
        assertThat(key).matches("[0-9a-f]{64}");
        assertThat(CacheKey.of(base())).isEqualTo(key);
        EvaluationRequested otherRun = request("run-2", "item-9", MODEL, INPUT, GENERATION, 0);
        assertThat(otherRun.requestId()).isNotEqualTo(base().requestId());
        assertThat(CacheKey.of(otherRun)).isEqualTo(key);
        // a different api key variable or endpoint ref does not change what is asked
        ModelRef sameModel = new ModelRef("openai:other-id", "openai", "elsewhere", "gpt-4o-mini",
                "http://localhost:8000", "OTHER_KEY");
        assertThat(CacheKey.of(request("run-3", "item-1", sameModel, INPUT, GENERATION, 0))).isEqualTo(key);
        // the model name derived from the id equals the explicit one
        ModelRef derived = new ModelRef("openai:gpt-4o-mini", "openai", null, null, "http://localhost:8000", null);
        assertThat(CacheKey.of(request("run-4", "item-1", derived, INPUT, GENERATION, 0))).isEqualTo(key);
        // copies of equal lists and values
        assertThat(CacheKey.of(request("run-5", "item-1", MODEL,
                new ModelInput("Answer with the letter only.", List.of(new ChatMessage("user", "Which? A) x B) y")),
                        null),
                new Generation(0.0, 1.0, 16, 7L, List.of("\n"), true, 5), 0))).isEqualTo(key);
    }

    @Test
    void everyFieldOfTheCallChangesTheKey() {
        String key = CacheKey.of(base());
        List<String> changed = List.of(
                keyWith(r -> request("run-1", "item-1", new ModelRef("x", "anthropic", null, "gpt-4o-mini",
                        "http://localhost:8000", null), INPUT, GENERATION, 0)),
                keyWith(r -> request("run-1", "item-1", new ModelRef("x", "openai", null, "gpt-4o-mini",
                        "http://localhost:8001", null), INPUT, GENERATION, 0)),
                keyWith(r -> request("run-1", "item-1", new ModelRef("x", "openai", null, "gpt-4o-mini", null, null),
                        INPUT, GENERATION, 0)),
                keyWith(r -> request("run-1", "item-1", new ModelRef("x", "openai", null, "gpt-4o",
                        "http://localhost:8000", null), INPUT, GENERATION, 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, new ModelInput(null, INPUT.messages(), null),
                        GENERATION, 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, new ModelInput("Answer.", INPUT.messages(), null),
                        GENERATION, 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, new ModelInput(INPUT.system(),
                        List.of(new ChatMessage("user", "Which? A) x B) z")), null), GENERATION, 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, new ModelInput(INPUT.system(),
                        List.of(new ChatMessage("system", "Which? A) x B) y")), null), GENERATION, 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, new ModelInput(INPUT.system(), INPUT.messages(),
                        "prompt"), GENERATION, 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, INPUT,
                        new Generation(0.7, 1.0, 16, 7L, List.of("\n"), true, 5), 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, INPUT,
                        new Generation(0.0, 0.9, 16, 7L, List.of("\n"), true, 5), 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, INPUT,
                        new Generation(0.0, 1.0, 17, 7L, List.of("\n"), true, 5), 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, INPUT,
                        new Generation(0.0, 1.0, 16, 8L, List.of("\n"), true, 5), 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, INPUT,
                        new Generation(0.0, 1.0, 16, null, List.of("\n"), true, 5), 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, INPUT,
                        new Generation(0.0, 1.0, 16, 7L, List.of(), true, 5), 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, INPUT,
                        new Generation(0.0, 1.0, 16, 7L, List.of("\n"), false, 5), 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, INPUT,
                        new Generation(0.0, 1.0, 16, 7L, List.of("\n"), true, 10), 0)),
                keyWith(r -> request("run-1", "item-1", MODEL, INPUT, GENERATION, 1)));
        assertThat(changed).doesNotContain(key).doesNotHaveDuplicates();
    }

    @Test
    void promptAndMessagesCannotCollide() {
        ModelInput prompt = new ModelInput(null, null, "hello");
        ModelInput chat = new ModelInput(null, List.of(new ChatMessage("user", "hello")), null);
        assertThat(CacheKey.of(request("r", "i", MODEL, prompt, GENERATION, 0)))
                .isNotEqualTo(CacheKey.of(request("r", "i", MODEL, chat, GENERATION, 0)));
    }
}
