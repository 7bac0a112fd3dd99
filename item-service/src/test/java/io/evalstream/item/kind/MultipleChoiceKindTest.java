package io.evalstream.item.kind;

import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import io.evalstream.item.variant.VariantExpander;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Strategy: build prompts and scoring contexts for original and shifted variants and read them as a model and a scorer would. */
class MultipleChoiceKindTest {
    private final MultipleChoiceKind kind = new MultipleChoiceKind();
    private final MultipleChoice item = new MultipleChoice("Which is a fruit?", List.of("carrot", "apple", "leek"), 1);

    @Test
    void promptListsLabelledChoicesAndAsksForTheLetterOnly() {
        ModelInput input = kind.prompt(item, Variant.original());

        assertThat(input.system()).isNull();
        assertThat(input.messages()).singleElement().satisfies(message -> {
            assertThat(message.role()).isEqualTo("user");
            assertThat(message.content()).isEqualTo("""
                    Which is a fruit?

                    A. carrot
                    B. apple
                    C. leek

                    Answer with the letter (A, B or C) of the correct option only.""");
        });
    }

    @Test
    void permutedPromptShowsOriginalOptionsInPermutedOrder() {
        Variant shifted = VariantExpander.cyclic(1, 3);

        assertThat(kind.prompt(item, shifted).messages().get(0).content())
                .contains("A. apple\nB. leek\nC. carrot");
    }

    @Test
    void scoringReferenceIsTheGoldsDisplayedLabel() {
        ScoringContext original = kind.scoring(item, Variant.original(), ReadMode.GENERATE, List.of("fruit"));
        ScoringContext shifted = kind.scoring(item, VariantExpander.cyclic(1, 3), ReadMode.LABEL_PROBS, List.of());
        ScoringContext shiftedTwice = kind.scoring(item, VariantExpander.cyclic(2, 3), ReadMode.GENERATE, List.of());

        assertThat(original).isEqualTo(new ScoringContext("multiple_choice", "GENERATE", "B", List.of("A", "B", "C"),
                1, List.of("fruit"), null));
        assertThat(shifted.reference()).isEqualTo("A");
        assertThat(shifted.readMode()).isEqualTo("LABEL_PROBS");
        assertThat(shifted.goldIndex()).isEqualTo(1);
        assertThat(shiftedTwice.reference()).isEqualTo("C");
    }

    @Test
    void referenceAlwaysPointsAtTheGoldText() {
        for (Variant variant : kind.variants(item, PermutationMode.CYCLIC)) {
            ScoringContext scoring = kind.scoring(item, variant, ReadMode.GENERATE, List.of());
            String prompt = kind.prompt(item, variant).messages().get(0).content();
            assertThat(prompt).contains(scoring.reference() + ". apple\n");
        }
    }

    @Test
    void cyclicVariantsCountTheChoices() {
        assertThat(kind.variants(item, PermutationMode.CYCLIC)).hasSize(3);
        assertThat(kind.variants(item, PermutationMode.NONE)).containsExactly(Variant.original());
    }
}
