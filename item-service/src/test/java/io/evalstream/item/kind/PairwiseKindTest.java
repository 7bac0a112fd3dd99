package io.evalstream.item.kind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairwiseKindTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PairwiseKind kind = new PairwiseKind();

    private Pairwise parse(String line, FieldErrors errors) throws Exception {
        JsonNode node = JSON.readTree(line);
        return kind.parse(node, errors);
    }

    @Test
    void bothOrdersAreAskedAndTheSlotsMapBackToTheResponses() throws Exception {
        FieldErrors errors = new FieldErrors();
        Pairwise p = parse("{\"instruction\":\"Say hi\",\"response_a\":\"Hello!\",\"response_b\":\"Go away.\"}",
                errors);
        assertThat(errors.isEmpty()).isTrue();
        List<Variant> variants = kind.variants(p, PermutationMode.NONE);
        assertThat(variants).extracting(Variant::id).containsExactly("ab", "ba");
        assertThat(variants).extracting(Variant::kind).containsOnly(VariantKind.SWAP);

        ModelInput ab = kind.prompt(p, variants.get(0));
        ModelInput ba = kind.prompt(p, variants.get(1));
        String abText = ab.messages().get(0).content();
        String baText = ba.messages().get(0).content();
        assertThat(abText.indexOf("Hello!")).isLessThan(abText.indexOf("Go away."));
        assertThat(baText.indexOf("Go away.")).isLessThan(baText.indexOf("Hello!"));
        assertThat(abText).contains("[The Start of Assistant A's Answer]\nHello!\n[The End of Assistant A's Answer]");
        assertThat(ab.system()).contains("[[A]]").contains("impartial judge");

        ScoringContext s = kind.scoring(p, variants.get(1), ReadMode.LABEL_PROBS, List.of("x"));
        assertThat(s.kind()).isEqualTo("pairwise");
        assertThat(s.readMode()).isEqualTo("LABEL_PROBS");
        assertThat(s.labels()).containsExactly("A", "B");
        assertThat(s.attributes()).containsEntry("first", "response_b").containsEntry("second", "response_a");
    }

    @Test
    void optionalFieldsShapeThePromptAndBadOnesAreNamed() throws Exception {
        FieldErrors errors = new FieldErrors();
        Pairwise p = parse("{\"instruction\":\"2+2?\",\"response_a\":\"4\",\"response_b\":\"5\",\"reference\":\"4\","
                + "\"criterion\":\"correctness\"}", errors);
        assertThat(kind.prompt(p, kind.variants(p, PermutationMode.NONE).get(0)).messages().get(0).content())
                .contains("[The Start of Reference Answer]\n4\n");
        Pairwise c = parse("{\"instruction\":\"q\",\"response_a\":\"a\",\"response_b\":\"b\",\"criterion\":"
                + "\"brevity\"}", errors);
        assertThat(kind.prompt(c, kind.variants(c, PermutationMode.NONE).get(0)).system())
                .contains("consider factors such as brevity.");

        FieldErrors bad = new FieldErrors();
        assertThat(parse("{\"instruction\":\"q\",\"response_b\":\"\",\"system\":3}", bad)).isNull();
        assertThat(bad.list()).extracting(FieldErrors.FieldError::field).containsExactly("response_a", "response_b", "system");
    }
}
