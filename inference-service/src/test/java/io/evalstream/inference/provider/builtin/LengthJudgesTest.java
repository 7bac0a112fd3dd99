package io.evalstream.inference.provider.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.TopLogprob;
import io.evalstream.contracts.Variant;
import io.evalstream.inference.TestRequests;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.UnsupportedModelException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The length-only built-in judges on prompts shaped like item-service's judge prompts, and builtin:first-option as
 * a survey respondent (no reference: 0.85 on the first displayed option, whatever it shows).
 */
class LengthJudgesTest {
    private final BuiltinProvider provider = BuiltinModels.provider(0.5);

    private ModelResult ask(String model, String kind, String prompt, List<String> labels, boolean labelProbs) {
        Generation generation = labelProbs ? Generation.labelProbabilities(20) : Generation.greedy(1024);
        return provider.answer(EvaluationRequested.of("r", "i", Variant.original(), 0, Purpose.ANSWER, null,
                TestRequests.builtin(model), ModelInput.chat("judge", prompt), generation,
                new ScoringContext(kind, labelProbs ? "LABEL_PROBS" : "GENERATE", null, labels, null, null, Map.of())));
    }

    private static String pair(String a, String b) {
        return "[User Question]\nq\n\n[The Start of Assistant A's Answer]\n" + a + "\n[The End of Assistant A's Answer]"
                + "\n\n[The Start of Assistant B's Answer]\n" + b + "\n[The End of Assistant B's Answer]";
    }

    private static double probability(ModelResult result, String label) {
        double total = 0;
        double mass = 0;
        for (TopLogprob top : result.output().logprobs().get(0).topLogprobs()) {
            if (top.token().strip().matches("[A-Z]|\\d+")) {
                total += Math.exp(top.logprob());
                if (top.token().strip().equals(label)) {
                    mass += Math.exp(top.logprob());
                }
            }
        }
        return mass / total;
    }

    @Test
    void judgeLongestPrefersTheLongerAnswerInEitherSlot() {
        assertThat(ask("judge-longest", "reward_pair", pair("one two three", "one"), List.of("A", "B"), false)
                .output().text()).endsWith("[[A]]");
        assertThat(ask("judge-longest", "reward_pair", pair("one", "one two three"), List.of("A", "B"), false)
                .output().text()).endsWith("[[B]]");
        assertThat(ask("judge-longest", "reward_pair", pair("a b", "c d"), List.of("A", "B"), false)
                .output().text()).endsWith("[[C]]");
        ModelResult probs = ask("judge-longest", "reward_pair", pair("x", "x y"), List.of("A", "B"), true);
        assertThat(probs.output().text()).isEqualTo("B");
        assertThat(probability(probs, "B")).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void raterLengthRatesTheWordCountClampedToTheScale() {
        String single = "[Question]\nq\n\n[The Start of Assistant's Answer]\nfour words right here\n"
                + "[The End of Assistant's Answer]";
        List<String> oneToTen = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(ask("rater-length", "rating", single, oneToTen, false).output().text()).endsWith("Rating: [[4]]");
        assertThat(ask("rater-length", "rating", single, List.of("1", "2", "3"), false).output().text())
                .endsWith("Rating: [[3]]");
        ModelResult probs = ask("rater-length", "rating", single, oneToTen, true);
        assertThat(probs.output().text()).isEqualTo("4");
        assertThat(probability(probs, "4")).isGreaterThan(0.75);
        assertThatThrownBy(() -> ask("rater-length", "rating", "no markers", oneToTen, false))
                .isInstanceOf(UnsupportedModelException.class).hasMessageContaining("[The Start of Assistant's Answer]");
    }

    @Test
    void firstOptionIsASurveyRespondentWithAKnownFirstPositionProbability() {
        ModelResult result = ask("first-option", "survey", "Question: q\n\nA. x\nB. y\nC. z", List.of("A", "B", "C"),
                true);
        assertThat(probability(result, "A")).isCloseTo(0.85, within(1e-9));
        assertThat(probability(result, "B")).isCloseTo(0.075, within(1e-9));
    }
}
