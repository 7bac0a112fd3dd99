package io.evalstream.item.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Strategy: parse survey lines as the importer does (valid ones in both option spellings, and each kind of bad
 * field), then expand, prompt and score a parsed question as the planner does, checking that every order is
 * asked and that the scoring context lets the scorer map positions back to codes.
 */
class SurveyKindTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SurveyKind kind = new SurveyKind();

    private static JsonNode line(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void parsesCodedOptionsAndNormalisesTheReference() throws Exception {
        FieldErrors errors = new FieldErrors();
        Survey survey = kind.parse(line("""
                {"question":"Do you own a car?","options":[{"code":"1","text":"Yes"},{"code":2,"text":"No"}],
                 "reference":{"1":3,"2":1}}"""), errors);

        assertThat(errors.list()).isEmpty();
        assertThat(survey.codes()).containsExactly("1", "2");
        assertThat(survey.options().get(1).text()).isEqualTo("No");
        assertThat(survey.reference().get("1")).isCloseTo(0.75, within(1e-12));
        assertThat(survey.reference().get("2")).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void plainStringOptionsGetCodesOneToKAndAnArrayReferenceIsAlignedWithThem() throws Exception {
        FieldErrors errors = new FieldErrors();
        Survey survey = kind.parse(line("""
                {"question":"Q?","options":["a","b","c"],"reference":[1,0,1]}"""), errors);

        assertThat(errors.list()).isEmpty();
        assertThat(survey.codes()).containsExactly("1", "2", "3");
        assertThat(survey.reference()).containsEntry("1", 0.5).containsEntry("2", 0.0).containsEntry("3", 0.5);
    }

    @Test
    void everyBadFieldIsNamed() throws Exception {
        FieldErrors errors = new FieldErrors();
        assertThat(kind.parse(line("{\"options\":[\"only one\"]}"), errors)).isNull();
        assertThat(errors.list()).extracting(FieldErrors.FieldError::field).containsExactly("question", "options");

        errors = new FieldErrors();
        kind.parse(line("""
                {"question":"Q","options":[{"code":"x","text":"A"},{"code":"x","text":"B"},{"text":"C"},7]}"""), errors);
        assertThat(errors.list()).extracting(FieldErrors.FieldError::field)
                .containsExactly("options[1].code", "options[2].code", "options[3]");

        errors = new FieldErrors();
        kind.parse(line("""
                {"question":"Q","options":["a","b"],"reference":{"3":0.5,"1":-1}}"""), errors);
        assertThat(errors.list()).extracting(FieldErrors.FieldError::field)
                .containsExactly("reference.3", "reference.1");

        errors = new FieldErrors();
        kind.parse(line("""
                {"question":"Q","options":["a","b"],"reference":[1]}"""), errors);
        assertThat(errors.list()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("reference");
            assertThat(e.message()).contains("one share per option");
        });
    }

    @Test
    void smallQuestionsAreAskedInAllOrdersWhateverTheRunsPermutations() {
        Survey three = new Survey("Q", List.of(new Survey.Option("1", "a"), new Survey.Option("2", "b"),
                new Survey.Option("3", "c")), null);

        List<Variant> variants = kind.variants(three, PermutationMode.NONE);

        assertThat(variants).hasSize(6);
        Set<List<Integer>> orders = new HashSet<>();
        variants.forEach(v -> orders.add(v.permutation()));
        assertThat(orders).hasSize(6);
        assertThat(variants).filteredOn(v -> v.kind() == VariantKind.ORIGINAL).singleElement()
                .satisfies(v -> assertThat(v.permutation()).containsExactly(0, 1, 2));
        assertThat(variants).extracting(Variant::id).doesNotHaveDuplicates();
    }

    @Test
    void largeQuestionsAreAskedInTheirCyclicShifts() {
        List<Survey.Option> options = List.of(new Survey.Option("1", "a"), new Survey.Option("2", "b"),
                new Survey.Option("3", "c"), new Survey.Option("4", "d"), new Survey.Option("5", "e"));
        List<Variant> variants = kind.variants(new Survey("Q", options, null), PermutationMode.CYCLIC);

        assertThat(variants).hasSize(5);
        for (int option = 0; option < 5; option++) {
            Set<Integer> positions = new HashSet<>();
            for (Variant v : variants) {
                positions.add(v.permutation().indexOf(option));
            }
            assertThat(positions).as("option %d is shown in every position", option).hasSize(5);
        }
    }

    @Test
    void promptShowsThePermutedOptionsAndTheContextCarriesCodesAndReference() throws Exception {
        Survey survey = kind.parse(line("""
                {"question":"Favourite season?","options":[{"code":"10","text":"Summer"},{"code":"20","text":"Winter"},
                 {"code":"30","text":"Autumn"}],"reference":{"10":1,"20":1}}"""), new FieldErrors());
        Variant order = new Variant("perm-201", VariantKind.PERMUTATION, List.of(2, 0, 1));

        assertThat(kind.prompt(survey, order).messages().get(0).content()).isEqualTo("""
                Question: Favourite season?

                A. Autumn
                B. Summer
                C. Winter

                Answer with the letter (A, B or C) of the option that is your answer.""");
        ScoringContext scoring = kind.scoring(survey, order, ReadMode.LABEL_PROBS, List.of("s"));
        assertThat(scoring.kind()).isEqualTo("survey");
        assertThat(scoring.labels()).containsExactly("A", "B", "C");
        assertThat(scoring.reference()).isNull();
        assertThat(JSON.readTree(scoring.attributes().get(SurveyKind.CODES)))
                .isEqualTo(JSON.readTree("[\"10\",\"20\",\"30\"]"));
        assertThat(JSON.readTree(scoring.attributes().get(SurveyKind.REFERENCE)))
                .isEqualTo(JSON.readTree("{\"10\":0.5,\"20\":0.5,\"30\":0.0}"));
    }

    @Test
    void contentRoundTripsThroughTheStoredPayload() throws Exception {
        ItemCodec codec = new ItemCodec(ItemKinds.builtIn());
        Survey survey = kind.parse(line("{\"question\":\"Q\",\"options\":[\"a\",\"b\"],\"reference\":[1,3]}"),
                new FieldErrors());
        ParsedItem<Survey> item = new ParsedItem<>("q1", kind, survey, List.of());

        ParsedItem<?> read = codec.read("q1", "survey", codec.payload(item), List.of());

        assertThat(read.content()).isEqualTo(survey);
    }
}
