package io.evalstream.item.kind;

import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Strategy: read the prompt and scoring context as a model and a scorer would; check it is never permuted. */
class TrueFalseKindTest {
    private final TrueFalseKind kind = new TrueFalseKind();

    @Test
    void promptIsTheStatementAndTheInstruction() {
        String prompt = kind.prompt(new TrueFalse("This sentence has five words.", true), Variant.original())
                .messages().get(0).content();

        assertThat(prompt).isEqualTo("""
                Is the following statement true or false?

                This sentence has five words.

                Answer with True or False only.""");
    }

    @Test
    void scoringNamesTrueOrFalse() {
        ScoringContext yes = kind.scoring(new TrueFalse("s", true), Variant.original(), ReadMode.GENERATE,
                List.of("self_ref"));
        ScoringContext no = kind.scoring(new TrueFalse("s", false), Variant.original(), ReadMode.LABEL_PROBS,
                List.of());

        assertThat(yes).isEqualTo(new ScoringContext("true_false", "GENERATE", "True", List.of("True", "False"), 0,
                List.of("self_ref"), null));
        assertThat(no.reference()).isEqualTo("False");
        assertThat(no.goldIndex()).isEqualTo(1);
    }

    @Test
    void neverPermuted() {
        assertThat(kind.variants(new TrueFalse("s", true), PermutationMode.CYCLIC)).containsExactly(Variant.original());
    }
}
