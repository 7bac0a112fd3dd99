package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strategy: parse both forms of a line as the importer does, then read each half's prompt and scoring context as a
 * provider and the scorer would: the prompt is the exact text whose log-likelihood is compared, and
 * {@code continuation_chars} must cut the continuation off that text exactly.
 */
class ContinuationPairKindTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ContinuationPairKind kind = new ContinuationPairKind();

    private ContinuationPair parse(String line, FieldErrors errors) throws Exception {
        return kind.parse(JSON.readTree(line), errors);
    }

    @Test
    void strangeFormHasTwoHalvesWithTheBeginningAndOneContinuationEach() throws Exception {
        FieldErrors errors = new FieldErrors();
        ContinuationPair pair = parse("{\"beginning\":\"This sentence ends \",\"continuation_true\":\"with seven words.\","
                + "\"continuation_false\":\" with a rather different count of words.\"}", errors);
        assertThat(errors.list()).isEmpty();

        List<Variant> variants = kind.variants(pair, PermutationMode.CYCLIC);
        assertThat(variants).extracting(Variant::id).containsExactly("continuation_true", "continuation_false");
        ModelInput input = kind.prompt(pair, variants.get(0));
        assertThat(input.messages()).isEmpty();
        assertThat(input.prompt()).isEqualTo("This sentence ends with seven words.");
        assertThat(kind.prompt(pair, variants.get(1)).prompt())
                .isEqualTo("This sentence ends with a rather different count of words.");

        ScoringContext scoring = kind.scoring(pair, variants.get(1), ReadMode.LIKELIHOOD, List.of("s"));
        assertThat(scoring.kind()).isEqualTo("continuation_pair");
        assertThat(scoring.readMode()).isEqualTo("LIKELIHOOD");
        assertThat(scoring.reference()).isEqualTo("true");
        assertThat(scoring.labels()).containsExactly("true", "false");
        assertThat(scoring.attributes()).containsEntry("continuation", "false").containsEntry("form", "true_false");
        String prompt = kind.prompt(pair, variants.get(1)).prompt();
        int chars = Integer.parseInt(scoring.attributes().get("continuation_chars"));
        assertThat(prompt.substring(prompt.length() - chars)).isEqualTo(" with a rather different count of words.");
    }

    @Test
    void crowsFormIsTheWholeSentenceWithItsAnnotationsAndNoReference() throws Exception {
        FieldErrors errors = new FieldErrors();
        ContinuationPair pair = parse("{\"sent_more\":\"Poor people are lazy.\",\"sent_less\":\"Rich people are lazy.\","
                + "\"bias_type\":\"socioeconomic\",\"stereo_antistereo\":\"stereo\"}", errors);
        assertThat(errors.list()).isEmpty();
        List<Variant> variants = kind.variants(pair, PermutationMode.NONE);
        assertThat(variants).extracting(Variant::id).containsExactly("sent_more", "sent_less");
        assertThat(kind.prompt(pair, variants.get(1)).prompt()).isEqualTo("Rich people are lazy.");

        ScoringContext more = kind.scoring(pair, variants.get(0), ReadMode.LIKELIHOOD, List.of("socioeconomic"));
        assertThat(more.reference()).isNull();
        assertThat(more.labels()).containsExactly("more", "less");
        assertThat(more.attributes()).containsEntry("continuation", "more").containsEntry("bias_type", "socioeconomic")
                .containsEntry("stereo_antistereo", "stereo").containsEntry("form", "more_less")
                .containsEntry("continuation_chars", Integer.toString("Poor people are lazy.".length()));
    }

    @Test
    void everyBadFieldIsNamed() throws Exception {
        FieldErrors none = new FieldErrors();
        assertThat(parse("{\"question\":\"?\"}", none)).isNull();
        assertThat(none.list()).extracting(FieldErrors.FieldError::field).containsExactly("continuation_true");

        FieldErrors both = new FieldErrors();
        parse("{\"continuation_true\":\"a\",\"sent_less\":\"b\"}", both);
        assertThat(both.list()).extracting(FieldErrors.FieldError::field).containsExactly("sent_more");

        FieldErrors strange = new FieldErrors();
        parse("{\"continuation_true\":\"same\",\"continuation_false\":\" same \"}", strange);
        assertThat(strange.list()).extracting(FieldErrors.FieldError::field)
                .containsExactly("beginning", "continuation_false");

        FieldErrors crows = new FieldErrors();
        parse("{\"sent_more\":\"a\",\"sent_less\":5,\"beginning\":\"x\",\"stereo_antistereo\":\"both\","
                + "\"bias_type\":\"\"}", crows);
        assertThat(crows.list()).extracting(FieldErrors.FieldError::field)
                .containsExactlyInAnyOrder("beginning", "sent_less", "bias_type", "stereo_antistereo");
    }

    @Test
    void readOnlyByLikelihoodWithEchoAndLogprobs() {
        assertThat(kind.reads(ReadMode.LIKELIHOOD)).isTrue();
        assertThat(kind.reads(ReadMode.GENERATE)).isFalse();
        assertThat(kind.reads(ReadMode.LABEL_PROBS)).isFalse();
        assertThat(new TrueFalseKind().reads(ReadMode.LIKELIHOOD)).isFalse();
        assertThat(new MultipleChoiceKind().reads(ReadMode.LABEL_PROBS)).isTrue();
        Generation generation = kind.generation(ReadMode.LIKELIHOOD);
        assertThat(generation.echoPrompt()).isTrue();
        assertThat(generation.logprobs()).isTrue();
        assertThat(generation.temperature()).isEqualTo(0.0);
    }

    @Test
    void storedPayloadReadsBack() throws Exception {
        ContinuationPair pair = new ContinuationPair(ContinuationPair.Form.MORE_LESS, null, "a b", "c d", "age", null);
        ItemCodec codec = new ItemCodec(ItemKinds.builtIn());
        ParsedItem<?> item = codec.read("x", "continuation_pair",
                codec.payload(new ParsedItem<>("x", kind, pair, List.of("age"))), List.of("age"));
        assertThat(item.content()).isEqualTo(pair);
    }
}
