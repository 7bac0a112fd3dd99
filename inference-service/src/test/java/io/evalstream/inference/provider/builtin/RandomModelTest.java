package io.evalstream.inference.provider.builtin;

import static io.evalstream.inference.TestRequests.ABCD;
import static io.evalstream.inference.TestRequests.builtin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.inference.TestRequests;
import io.evalstream.inference.provider.UnsupportedModelException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The chance baseline: uniform over the labels across requests, identical for one request. The bounds are
 * four standard deviations wide, and the draw is seeded, so the test is deterministic as well as meaningful.
 */
class RandomModelTest {
    private final BuiltinProvider provider = BuiltinModels.provider(0.5);

    @Test
    void isRoughlyUniformOverManyRequests() {
        int n = 4000;
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            var request = TestRequests.multipleChoice("run-r", "item-" + i, builtin("random"), "A");
            counts.merge(BuiltinModels.extractLetter(provider.answer(request).output().text()), 1, Integer::sum);
        }
        double sd = Math.sqrt(n * 0.25 * 0.75);
        assertThat(counts).containsOnlyKeys(ABCD);
        counts.values().forEach(count -> assertThat((double) count).isBetween(n / 4.0 - 4 * sd, n / 4.0 + 4 * sd));
    }

    @Test
    void isDeterministicForTheSameRequest() {
        var request = TestRequests.multipleChoice("run-r", "item-7", builtin("random"), "B",
                Generation.labelProbabilities(10));
        assertThat(provider.answer(request).output()).isEqualTo(provider.answer(request).output());
        var sameIdentityNewEnvelope = TestRequests.multipleChoice("run-r", "item-7", builtin("random"), "B",
                Generation.labelProbabilities(10));
        assertThat(sameIdentityNewEnvelope.id()).isNotEqualTo(request.id());
        assertThat(provider.answer(sameIdentityNewEnvelope).output()).isEqualTo(provider.answer(request).output());
    }

    @Test
    void theAnsweredLabelCarriesTheMostMass() {
        for (int i = 0; i < 500; i++) {
            LabelBelief belief = new RandomModel().believe(scoring(), new SplittableRandom(i));
            assertThat(belief.probabilities()).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(belief.chosenProbability()));
        }
    }

    @Test
    void needsLabels() {
        ScoringContext none = new ScoringContext("generation", "GENERATE", "x", List.of(), null, null, null);
        assertThatThrownBy(() -> new RandomModel().believe(none, new SplittableRandom(1)))
                .isInstanceOf(UnsupportedModelException.class).hasMessageContaining("scoring.labels");
    }

    private static ScoringContext scoring() {
        return new ScoringContext("multiple_choice", "GENERATE", "A", ABCD, 0, null, null);
    }
}
