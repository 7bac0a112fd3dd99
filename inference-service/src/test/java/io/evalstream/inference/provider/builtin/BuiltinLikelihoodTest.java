package io.evalstream.inference.provider.builtin;

import static io.evalstream.inference.TestRequests.builtin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.UnsupportedModelException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Strategy: ask the built-in models for both halves of continuation pairs the way item-service does (bare prompt,
 * echo) and compare the two total log-likelihoods as the scorer does: the oracle prefers the true continuation,
 * first-option the first one, random goes either way about half the time, and every answer is reproducible and
 * shaped like an OpenAI echo (tokens reconstruct the prompt after its first token).
 */
class BuiltinLikelihoodTest {
    private static final Generation ECHO = new Generation(0.0, null, 1, null, null, true, 1, null, true);
    private final BuiltinProvider provider = BuiltinModels.provider(0.5);

    private static EvaluationRequested half(String model, String item, String beginning, String continuation,
            String role, boolean strange) {
        String text = beginning.isEmpty() ? continuation : beginning + " " + continuation;
        Map<String, String> attributes = new HashMap<>();
        attributes.put("continuation", role);
        attributes.put("continuation_chars", Integer.toString(beginning.isEmpty() ? text.length()
                : continuation.length() + 1));
        ScoringContext scoring = new ScoringContext("continuation_pair", "LIKELIHOOD", strange ? "true" : null,
                strange ? List.of("true", "false") : List.of("more", "less"), null, List.of(), attributes);
        String variant = strange ? "continuation_" + role : "sent_" + role;
        return EvaluationRequested.of("run-l", item, new Variant(variant, VariantKind.TEMPLATE, null), 0,
                Purpose.ANSWER, List.of(), builtin(model), new ModelInput(null, List.of(), text), ECHO, scoring);
    }

    private double total(EvaluationRequested request) {
        ModelResult result = provider.answer(request);
        return result.output().promptLogprobs().stream().mapToDouble(TokenLogprob::logprob).sum();
    }

    /** Whether {@code model} gives the first continuation the higher total log-likelihood. */
    private boolean prefersFirst(String model, int i, boolean strange) {
        String beginning = strange ? "Item " + i + " begins here and" : "";
        String first = strange ? "ends truly." : "Group " + i + " people are bad at maths.";
        String second = strange ? "ends with a much longer and false continuation " + i + "."
                : "Other " + i + " people are bad at maths.";
        return total(half(model, "p-" + i, beginning, first, strange ? "true" : "more", strange))
                > total(half(model, "p-" + i, beginning, second, strange ? "false" : "less", strange));
    }

    @Test
    void theOraclePrefersTheTrueContinuationEvenWhenItIsLonger() {
        for (int i = 0; i < 50; i++) {
            String beginning = "Sentence " + i + " goes on to say that";
            EvaluationRequested truth = half("oracle", "s-" + i, beginning,
                    "it is true, as a long and winding continuation can still be.", "true", true);
            EvaluationRequested lie = half("oracle", "s-" + i, beginning, "no.", "false", true);
            assertThat(total(truth)).isGreaterThan(total(lie));
        }
    }

    @Test
    void withoutAReferenceTheOracleIsThePlainUnigramModel() {
        // CrowS-Pairs has no right answer: the oracle answers both halves, preferring neither
        EvaluationRequested more = half("oracle", "c-1", "", "Poor people are lazy.", "more", false);
        EvaluationRequested less = half("oracle", "c-1", "", "Rich people are lazy.", "less", false);
        double expectedMore = BuiltinLikelihood.unigram(" people") + BuiltinLikelihood.unigram(" are")
                + BuiltinLikelihood.unigram(" lazy.");
        assertThat(total(more)).isEqualTo(expectedMore);
        assertThat(total(less)).isEqualTo(expectedMore);
        assertThat(total(half("always-true", "c-1", "", "Poor people are lazy.", "more", false)))
                .isEqualTo(expectedMore);
    }

    @Test
    void firstOptionPrefersTheFirstContinuationAndRandomIsNearHalf() {
        int random = 0;
        for (int i = 0; i < 200; i++) {
            assertThat(prefersFirst("first-option", i, false)).isTrue();
            assertThat(prefersFirst("first-option", i, true)).isTrue();
            random += prefersFirst("random", i, false) ? 1 : 0;
        }
        assertThat(random).isBetween(70, 130);
    }

    @Test
    void echoIsShapedLikeOpenAiAndReproducible() {
        EvaluationRequested request = half("always-true", "x", "", "The cat sat on the mat.", "more", false);
        ModelResult once = provider.answer(request);
        ModelResult again = provider.answer(request);
        assertThat(once.output()).isEqualTo(again.output());
        List<TokenLogprob> tokens = once.output().promptLogprobs();
        assertThat(tokens).extracting(TokenLogprob::token).containsExactly(" cat", " sat", " on", " the", " mat.");
        assertThat(tokens).allSatisfy(t -> assertThat(t.logprob()).isNegative());
        assertThat(tokens.get(2).logprob()).as("the same word, the same log-probability")
                .isEqualTo(BuiltinLikelihood.unigram(" on"));
        assertThat(once.output().text()).isEmpty();
        assertThat(once.usage().inputTokens()).isEqualTo(6);
    }

    @Test
    void chatInputCannotBeEchoed() {
        EvaluationRequested chat = EvaluationRequested.of("run-l", "c", Variant.original(), 0, Purpose.ANSWER,
                List.of(), builtin("oracle"), ModelInput.chat(null, "hello"), ECHO,
                new ScoringContext("continuation_pair", "LIKELIHOOD", "true", List.of("true", "false"), null, null,
                        null));
        assertThatThrownBy(() -> provider.answer(chat)).isInstanceOf(UnsupportedModelException.class)
                .hasMessageContaining("bare completion prompt");
        assertThat(provider.capabilities().promptLikelihood()).isTrue();
        ModelRef unknown = builtin("nobody");
        assertThatThrownBy(() -> provider.answer(EvaluationRequested.of("run-l", "c", Variant.original(), 0,
                Purpose.ANSWER, List.of(), unknown, new ModelInput(null, List.of(), "x y"), ECHO, chat.scoring())))
                .isInstanceOf(UnsupportedModelException.class).hasMessageContaining("unknown built-in model");
    }
}
