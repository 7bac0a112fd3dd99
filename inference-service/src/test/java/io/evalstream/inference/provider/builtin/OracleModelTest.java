package io.evalstream.inference.provider.builtin;

import static io.evalstream.inference.TestRequests.ABCD;
import static io.evalstream.inference.TestRequests.builtin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.inference.TestRequests;
import io.evalstream.inference.provider.UnsupportedModelException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The oracle is the scorers' fixed point: always the reference, whatever the item. */
class OracleModelTest {
    private final BuiltinProvider provider = BuiltinModels.provider(0.5);

    @Test
    void alwaysAnswersTheReference() {
        for (int i = 0; i < 200; i++) {
            String reference = ABCD.get(i % 4);
            var request = TestRequests.multipleChoice("run-o", "item-" + i, builtin("oracle"), reference);
            String text = provider.answer(request).output().text();
            assertThat(BuiltinModels.extractLetter(text)).isEqualTo(reference);
        }
        for (boolean truth : new boolean[] { true, false }) {
            var request = TestRequests.trueFalse("run-o", "tf-" + truth, builtin("oracle"), truth, Generation.greedy(4));
            assertThat(provider.answer(request).output().text()).isEqualTo(truth ? "True" : "False");
        }
    }

    @Test
    void isConfidentInItsLabelProbabilities() {
        var request = TestRequests.multipleChoice("run-o", "item-1", builtin("oracle"), "C",
                Generation.labelProbabilities(20));
        var merged = BuiltinModels.mergedLabelProbabilities(provider.answer(request).output().logprobs().get(0), ABCD);
        assertThat(merged.get("C")).isCloseTo(0.95, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void answersAFreeTextReferenceWhenThereAreNoLabels() {
        ScoringContext generation = new ScoringContext("generation", "GENERATE", "Paris", List.of(), null, null, null);
        LabelBelief belief = new OracleModel().believe(generation, new SplittableRandom(1));
        assertThat(belief.chosenLabel()).isEqualTo("Paris");
        assertThat(belief.chosenProbability()).isEqualTo(1.0);
    }

    @Test
    void refusesAnItemWithoutReference() {
        ScoringContext none = new ScoringContext("pairwise", "GENERATE", null, List.of("A", "B"), null, null, null);
        assertThatThrownBy(() -> new OracleModel().believe(none, new SplittableRandom(1)))
                .isInstanceOf(UnsupportedModelException.class).hasMessageContaining("scoring.reference");
    }
}
