package io.evalstream.item.kind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strategy: parse ratings with and without attribute and scale, then read prompt and scoring context as a judge and the scorer would. */
class RatingKindTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RatingKind kind = new RatingKind();

    @Test
    void aPlainRatingIsMtBenchSingleOnOneToTen() throws Exception {
        FieldErrors errors = new FieldErrors();
        Rating rating = kind.parse(JSON.readTree("{\"prompt\":\"Hi?\",\"response\":\"Hello.\",\"model\":\"m-a\"}"),
                errors);

        assertThat(errors.list()).isEmpty();
        assertThat(kind.variants(rating, PermutationMode.CYCLIC)).containsExactly(Variant.original());
        ModelInput input = kind.prompt(rating, Variant.original(), ReadMode.GENERATE);
        assertThat(input.system()).contains("evaluate the quality of the response")
                .endsWith("rate the response on a scale of 1 to 10 by strictly following this format: \"Rating: [[5]]\".");
        assertThat(input.messages().get(0).content()).isEqualTo(
                "[Question]\nHi?\n\n[The Start of Assistant's Answer]\nHello.\n[The End of Assistant's Answer]");
        ScoringContext scoring = kind.scoring(rating, Variant.original(), ReadMode.LABEL_PROBS, List.of());
        assertThat(scoring.labels()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(scoring.attributes()).containsEntry("rated_model", "m-a").containsEntry("scale_min", "1")
                .containsEntry("scale_max", "10");
    }

    @Test
    void attributeRubricAndScaleShapeThePrompt() throws Exception {
        Rating rating = kind.parse(JSON.readTree("""
                {"prompt":"p","response":"r","attribute":"helpfulness","rubric":"5 = perfect","scale":{"min":1,"max":5}}"""),
                new FieldErrors());

        ModelInput input = kind.prompt(rating, Variant.original(), ReadMode.LABEL_PROBS);
        assertThat(input.system()).contains("evaluate the helpfulness").contains("rubric: 5 = perfect")
                .contains("scale of 1 to 5");
        assertThat(input.messages().get(0).content()).endsWith("a single number from 1 to 5.");
        assertThat(kind.scoring(rating, Variant.original(), ReadMode.LABEL_PROBS, List.of()).labels())
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void badScalesAndMissingFieldsAreNamed() throws Exception {
        FieldErrors errors = new FieldErrors();
        assertThat(kind.parse(JSON.readTree("{\"prompt\":\"p\",\"scale\":{\"min\":0,\"max\":12}}"), errors)).isNull();
        assertThat(errors.list()).extracting(FieldErrors.FieldError::field).containsExactly("response", "scale");
        errors = new FieldErrors();
        kind.parse(JSON.readTree("{\"prompt\":\"p\",\"response\":\"r\",\"scale\":{\"min\":3}}"), errors);
        assertThat(errors.list()).extracting(FieldErrors.FieldError::field).containsExactly("scale.max");
    }
}
