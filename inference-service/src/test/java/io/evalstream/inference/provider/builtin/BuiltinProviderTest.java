package io.evalstream.inference.provider.builtin;

import static io.evalstream.inference.TestRequests.ABCD;
import static io.evalstream.inference.TestRequests.TRUE_FALSE;
import static io.evalstream.inference.TestRequests.builtin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.TopLogprob;
import io.evalstream.inference.TestRequests;
import io.evalstream.inference.provider.ModelResult;
import io.evalstream.inference.provider.UnsupportedModelException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every built-in model shares: OpenAI-shaped log-probabilities that are valid probabilities and list both
 * "A" and " A", varied but extractable phrasing, reproducible output, usage, and a clear error for unknown names.
 */
class BuiltinProviderTest {
    private static final List<String> MODELS = List.of("oracle", "random", "first-option", "always-true");
    private final BuiltinProvider provider = BuiltinModels.provider(0.5);

    @Test
    void logprobsListBothFormsOfEveryLabelAndAreValidProbabilities() {
        for (String model : MODELS) {
            for (int i = 0; i < 100; i++) {
                var request = TestRequests.multipleChoice("run-p", "item-" + i, builtin(model), ABCD.get(i % 4),
                        Generation.labelProbabilities(20));
                ModelResult result = provider.answer(request);
                assertThat(result.output().logprobs()).hasSize(1);
                TokenLogprob token = result.output().logprobs().get(0);
                List<String> tokens = token.topLogprobs().stream().map(TopLogprob::token).toList();
                assertThat(tokens).contains("A", " A", "B", " B", "C", " C", "D", " D");
                assertThat(token.topLogprobs()).allSatisfy(top -> assertThat(top.logprob()).isNegative());
                double listed = token.topLogprobs().stream().mapToDouble(top -> Math.exp(top.logprob())).sum();
                assertThat(listed).isLessThanOrEqualTo(1.0);
                assertThat(token.topLogprobs()).isSortedAccordingTo(
                        (a, b) -> Double.compare(b.logprob(), a.logprob()));
                assertThat(token.token()).isEqualTo(result.output().text());
                assertThat(token.topLogprobs().get(0)).isEqualTo(new TopLogprob(token.token(), token.logprob()));
                Map<String, Double> merged = BuiltinModels.mergedLabelProbabilities(token, ABCD);
                String argmax = merged.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                assertThat(argmax).as("%s answers the label it gives most mass", model)
                        .isEqualTo(result.output().text());
            }
        }
    }

    @Test
    void trueFalseLogprobsCoverTrueAndFalseBothWays() {
        var request = TestRequests.trueFalse("run-p", "tf-1", builtin("oracle"), false, Generation.labelProbabilities(5));
        TokenLogprob token = provider.answer(request).output().logprobs().get(0);
        assertThat(token.token()).isEqualTo("False");
        assertThat(token.topLogprobs()).hasSize(5).extracting(TopLogprob::token)
                .contains("True", " True", "False", " False", "The");
        assertThat(BuiltinModels.mergedLabelProbabilities(token, TRUE_FALSE).get("False"))
                .isCloseTo(0.95, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void topLogprobsCutsTheListToTheMostProbable() {
        var request = TestRequests.multipleChoice("run-p", "item-1", builtin("oracle"), "B",
                Generation.labelProbabilities(3));
        TokenLogprob token = provider.answer(request).output().logprobs().get(0);
        assertThat(token.topLogprobs()).hasSize(3);
        assertThat(token.topLogprobs().get(0).token()).isEqualTo("B");
        assertThat(token.topLogprobs().get(1).token()).isEqualTo(" B");
    }

    @Test
    void noLogprobsUnlessRequested() {
        var request = TestRequests.multipleChoice("run-p", "item-1", builtin("oracle"), "B");
        assertThat(provider.answer(request).output().logprobs()).isEmpty();
    }

    @Test
    void phrasingVariesButAlwaysHoldsTheLabel() {
        Set<String> shapes = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            var request = TestRequests.multipleChoice("run-p", "item-" + i, builtin("oracle"), "D");
            String text = provider.answer(request).output().text();
            assertThat(text).isIn("D", "Answer: D", "The answer is D.");
            shapes.add(text);
        }
        assertThat(shapes).hasSize(3);
        var oneToken = TestRequests.multipleChoice("run-p", "item-1", builtin("oracle"), "D", Generation.greedy(1));
        assertThat(provider.answer(oneToken).output().text()).isEqualTo("D");
    }

    @Test
    void sameRequestSameOutputForEveryModel() {
        for (String model : MODELS) {
            var request = TestRequests.multipleChoice("run-p", "item-3", builtin(model), "C",
                    new Generation(0.7, null, 16, 42L, null, true, 10));
            ModelResult first = provider.answer(request);
            ModelResult second = provider.answer(request);
            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    void theSamplingSeedChangesTheDraw() {
        Set<String> answers = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            var request = TestRequests.multipleChoice("run-p", "item-3", builtin("random"), "C",
                    new Generation(1.0, null, 1, seed, null, false, null));
            answers.add(provider.answer(request).output().text());
        }
        assertThat(answers).hasSizeGreaterThan(1);
    }

    @Test
    void reportsWhitespaceUsageAndNoCost() {
        var request = TestRequests.multipleChoice("run-p", "item-1", builtin("oracle"), "A", Generation.greedy(1));
        ModelResult result = provider.answer(request);
        assertThat(result.usage().inputTokens()).isEqualTo(5 + 11);
        assertThat(result.usage().outputTokens()).isEqualTo(1);
        assertThat(result.costUsd()).isZero();
        assertThat(result.cached()).isFalse();
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.output().finishReason()).isEqualTo("stop");
    }

    @Test
    void resolvesTheModelNameFromTheIdWhenModelNameIsAbsent() {
        var request = TestRequests.multipleChoice("run-p", "item-1", new ModelRef("builtin:oracle", "builtin", null, null), "C");
        assertThat(BuiltinModels.extractLetter(provider.answer(request).output().text())).isEqualTo("C");
    }

    @Test
    void unknownModelIsUnsupportedAndNamesTheKnownOnes() {
        var request = TestRequests.multipleChoice("run-p", "item-1", builtin("gpt-17"), "C");
        assertThatThrownBy(() -> provider.answer(request))
                .isInstanceOf(UnsupportedModelException.class)
                .hasMessageContaining("gpt-17")
                .hasMessageContaining("always-true, first-option, oracle, random");
        assertThat(provider.models()).containsExactly("always-true", "first-option", "oracle", "random");
    }
}
