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

    @Test
    void strangeDatasetLinksAreOptionalCheckedAndPassedToTheScorer() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        FieldErrors errors = new FieldErrors();
        TrueFalse linked = kind.parse(json.readTree(
                "{\"statement\":\"s\",\"label\":false,\"pair\":\"c1\",\"control_of\":\"s1-f\"}"), errors);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(linked).isEqualTo(new TrueFalse("s", false, "c1", "s1-f"));
        assertThat(kind.scoring(linked, Variant.original(), ReadMode.LABEL_PROBS, List.of()).attributes())
                .containsEntry("pair", "c1").containsEntry("control_of", "s1-f");

        FieldErrors bad = new FieldErrors();
        assertThat(kind.parse(json.readTree("{\"statement\":\"s\",\"label\":true,\"control_of\":7}"), bad))
                .isNull();
        assertThat(bad.list()).extracting(FieldErrors.FieldError::field).containsExactly("control_of");

        // without links the stored payload is what it was, so older items keep their content hash
        assertThat(json.writeValueAsString(new TrueFalse("s", true))).isEqualTo("{\"statement\":\"s\",\"label\":true}");
    }

    @Test
    void fewShotAndChainOfThoughtTemplates() {
        TrueFalse statement = new TrueFalse("Ice is cold.", true);
        Variant cot = Variant.original().withTemplate("cot/original", "chain-of-thought");
        assertThat(kind.prompt(statement, cot, List.of()).messages().get(0).content()).contains("Ice is cold.")
                .contains("Answer: True").contains("Think step by step");
        assertThat(kind.exemplar(statement).orElseThrow().answer()).isEqualTo("True");
        assertThat(kind.exemplar(new TrueFalse("x", false)).orElseThrow().answer()).isEqualTo("False");
    }
}
