package io.evalstream.inference.provider.builtin;

import static io.evalstream.inference.TestRequests.ABCD;
import static io.evalstream.inference.TestRequests.builtin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.inference.TestRequests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The position-biased answerer: with knowledge p it answers the reference, otherwise the first option. When the
 * reference is not first, labels[0] is therefore answered (1-p) of the time and nothing else ever is.
 */
class FirstOptionModelTest {

    @Test
    void answersTheFirstOptionWhenItDoesNotKnow() {
        for (double knowledge : new double[] { 0.0, 0.3, 0.5, 1.0 }) {
            BuiltinProvider provider = BuiltinModels.provider(knowledge);
            int n = 4000;
            int first = 0;
            for (int i = 0; i < n; i++) {
                var request = TestRequests.multipleChoice("run-f", "item-" + i, builtin("first-option"), "C");
                String answer = BuiltinModels.extractLetter(provider.answer(request).output().text());
                assertThat(answer).isIn("A", "C");
                first += "A".equals(answer) ? 1 : 0;
            }
            double sd = Math.sqrt(n * knowledge * (1 - knowledge));
            assertThat((double) first).as("first-option answers at knowledge %s", knowledge)
                    .isBetween(n * (1 - knowledge) - 4 * sd - 1e-9, n * (1 - knowledge) + 4 * sd + 1e-9);
        }
    }

    @Test
    void isAlwaysRightWhenTheReferenceIsFirst() {
        BuiltinProvider provider = BuiltinModels.provider(0.5);
        for (int i = 0; i < 200; i++) {
            var request = TestRequests.multipleChoice("run-f", "item-" + i, builtin("first-option"), "A");
            assertThat(BuiltinModels.extractLetter(provider.answer(request).output().text())).isEqualTo("A");
        }
    }

    @Test
    void concentratesMassOnTheFirstLabelWhenItDoesNotKnow() {
        BuiltinProvider provider = BuiltinModels.provider(0.0);
        var request = TestRequests.multipleChoice("run-f", "item-1", builtin("first-option"), "D",
                Generation.labelProbabilities(20));
        Map<String, Double> merged = BuiltinModels.mergedLabelProbabilities(
                provider.answer(request).output().logprobs().get(0), ABCD);
        assertThat(merged.get("A")).isCloseTo(0.60, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(merged.get("D")).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
    }

    /**
     * The reason for its probability shape: PriDe (prior from all cyclic permutations of a 5% sample, then
     * argmax of log P(j) - log prior(j) on the default order) must visibly correct it.
     */
    @Test
    void priDeCanRecoverTheReferenceFromItsLabelProbabilities() {
        BuiltinProvider provider = BuiltinModels.provider(0.5);
        int items = 400;
        int sample = items / 20;
        double[] prior = new double[4];
        for (int item = 0; item < sample; item++) {
            double[] meanLog = new double[4];
            for (int shift = 0; shift < 4; shift++) {
                double[] p = labelProbabilities(provider, item, shift);
                for (int pos = 0; pos < 4; pos++) {
                    meanLog[pos] += Math.log(p[pos]) / 4;
                }
            }
            double[] softmax = softmax(meanLog);
            for (int pos = 0; pos < 4; pos++) {
                prior[pos] += softmax[pos] / sample;
            }
        }
        int observedCorrect = 0;
        int debiasedCorrect = 0;
        for (int item = sample; item < items; item++) {
            double[] p = labelProbabilities(provider, item, 0);
            int gold = item % 4;
            observedCorrect += argmax(p) == gold ? 1 : 0;
            double[] debiased = new double[4];
            for (int pos = 0; pos < 4; pos++) {
                debiased[pos] = Math.log(p[pos]) - Math.log(prior[pos]);
            }
            debiasedCorrect += argmax(debiased) == gold ? 1 : 0;
        }
        double n = items - sample;
        assertThat(prior[0]).isGreaterThan(0.5);
        assertThat(observedCorrect / n).isBetween(0.55, 0.70);
        assertThat(debiasedCorrect / n).isGreaterThan(0.9);
    }

    /** Item {@code item} (gold = original option item % 4) shown with cyclic shift {@code shift}. */
    private static double[] labelProbabilities(BuiltinProvider provider, int item, int shift) {
        int gold = item % 4;
        int shown = Math.floorMod(gold - shift, 4);
        List<Integer> permutation = java.util.stream.IntStream.range(0, 4).map(pos -> (pos + shift) % 4).boxed().toList();
        ScoringContext scoring = new ScoringContext("multiple_choice", "LABEL_PROBS", ABCD.get(shown), ABCD, gold,
                null, null);
        var request = EvaluationRequested.of("run-pride", "item-" + item,
                new Variant("cyclic-" + shift, shift == 0 ? VariantKind.ORIGINAL : VariantKind.PERMUTATION, permutation),
                0, Purpose.ANSWER, null, builtin("first-option"), ModelInput.chat(null, "q"),
                Generation.labelProbabilities(20), scoring);
        Map<String, Double> merged = BuiltinModels.mergedLabelProbabilities(
                provider.answer(request).output().logprobs().get(0), ABCD);
        return ABCD.stream().mapToDouble(merged::get).toArray();
    }

    private static double[] softmax(double[] logits) {
        double max = java.util.Arrays.stream(logits).max().orElseThrow();
        double[] exp = java.util.Arrays.stream(logits).map(l -> Math.exp(l - max)).toArray();
        double sum = java.util.Arrays.stream(exp).sum();
        return java.util.Arrays.stream(exp).map(e -> e / sum).toArray();
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }

    @Test
    void rejectsAKnowledgeOutsideZeroToOne() {
        assertThatThrownBy(() -> new FirstOptionModel(1.5)).hasMessageContaining("knowledge");
    }
}
