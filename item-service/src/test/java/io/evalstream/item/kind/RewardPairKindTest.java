package io.evalstream.item.kind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Strategy: parse pairs, then plan both orders as the planner does and read each prompt as a judge would: the
 * chosen response must sit in the slot the scoring context names as the reference.
 */
class RewardPairKindTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RewardPairKind kind = new RewardPairKind();

    private RewardPair parse(String json, FieldErrors errors) throws Exception {
        return kind.parse(JSON.readTree(json), errors);
    }

    @Test
    void bothOrdersAreJudgedWithTheChosenResponseInTheReferenceSlot() throws Exception {
        RewardPair pair = parse("""
                {"prompt":"2+2?","chosen":"4","rejected":"5","subset":"math-prm","documents":["doc one"]}""",
                new FieldErrors());

        List<Variant> variants = kind.variants(pair, PermutationMode.NONE);

        assertThat(variants).extracting(Variant::id).containsExactly("chosen-first", "rejected-first");
        assertThat(variants).extracting(Variant::kind).containsExactly(VariantKind.ORIGINAL, VariantKind.SWAP);
        for (Variant variant : variants) {
            ModelInput input = kind.prompt(pair, variant, ReadMode.GENERATE);
            ScoringContext scoring = kind.scoring(pair, variant, ReadMode.GENERATE, List.of("math-prm"));
            String user = input.messages().get(0).content();
            String slot = "[The Start of Assistant " + scoring.reference() + "'s Answer]\n4\n";
            assertThat(user).contains(slot).contains("[Context]\n[Document 1] doc one").contains("[User Question]\n2+2?");
            assertThat(scoring.labels()).containsExactly("A", "B");
            assertThat(scoring.attributes()).containsEntry("subset", "math-prm").containsEntry("tie", "false");
            assertThat(input.system()).contains("\"[[B]]\" if assistant B is better.").doesNotContain("[[C]]");
        }
        assertThat(kind.scoring(pair, variants.get(1), ReadMode.GENERATE, List.of()).reference()).isEqualTo("B");
        assertThat(kind.generation(ReadMode.GENERATE).maxTokens()).isGreaterThan(100);
    }

    @Test
    void labelProbsAsksForTheLetterAndATieFlaggedPairMayBeCalledATie() throws Exception {
        RewardPair pair = parse("""
                {"prompt":"p","chosen":"a","rejected":"b","subset":"ties","tie":true}""", new FieldErrors());
        Variant first = kind.variants(pair, PermutationMode.NONE).get(0);

        assertThat(kind.prompt(pair, first, ReadMode.LABEL_PROBS).messages().get(0).content())
                .endsWith("Answer with a single letter: A if assistant A is better, B if assistant B is better.");
        assertThat(kind.prompt(pair, first, ReadMode.GENERATE).system()).contains("\"[[C]]\" for a tie");
        assertThat(kind.scoring(pair, first, ReadMode.LABEL_PROBS, List.of()).attributes()).containsEntry("tie", "true");
    }

    @Test
    void missingAndMistypedFieldsAreNamed() throws Exception {
        FieldErrors errors = new FieldErrors();
        assertThat(parse("{\"prompt\":\"p\",\"chosen\":\"\",\"tie\":\"yes\",\"documents\":[1]}", errors)).isNull();
        assertThat(errors.list()).extracting(FieldErrors.FieldError::field)
                .containsExactly("chosen", "rejected", "subset", "documents[0]", "tie");
    }
}
