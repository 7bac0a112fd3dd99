package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every registered kind ships a JSON Schema, a kind without one cannot be registered, and a valid line of every
 * kind passes both its schema and its parse (so the schemas are no stricter than the kinds).
 */
class KindSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One valid line per built-in kind, using its optional fields too. */
    static final Map<String, String> VALID = new LinkedHashMap<>();

    static {
        VALID.put("multiple_choice", """
                {"kind":"multiple_choice","id":"q1","slices":["math"],"question":"2+2?","choices":["3","4","5"],\
                "answer":1}""");
        VALID.put("true_false", """
                {"kind":"true_false","id":"s1","statement":"Snow is white.","label":true,"pair":"s2","control_of":null}""");
        VALID.put("generation", """
                {"kind":"generation","id":"g1","prompt":"Write a haiku.","reference":"An old pond"}""");
        VALID.put("continuation_pair", """
                {"kind":"continuation_pair","id":"c1","sent_more":"He was poor.","sent_less":"He was rich.",\
                "bias_type":"socioeconomic","stereo_antistereo":"stereo"}""");
        VALID.put("survey", """
                {"kind":"survey","id":"v1","question":"How happy are you?","options":[{"code":1,"text":"Very"},\
                {"code":"2","text":"Not"}],"reference":{"1":0.7,"2":0.3}}""");
        VALID.put("reward_pair", """
                {"kind":"reward_pair","id":"r1","prompt":"Hi","chosen":"Hello!","rejected":"Go away.",\
                "subset":"chat","documents":["doc"],"tie":false,"context":null}""");
        VALID.put("rating", """
                {"kind":"rating","id":"t1","prompt":"Explain tides.","response":"The moon.","attribute":"helpfulness",\
                "scale":{"min":1,"max":5}}""");
        VALID.put("pairwise", """
                {"kind":"pairwise","id":"p1","instruction":"Say hi.","response_a":"Hi","response_b":"Hello",\
                "criterion":"politeness"}""");
        VALID.put("dilemma", DilemmaKindTest.LINE);
    }

    @Test
    void everyRegisteredKindHasADraft202012Schema() {
        ItemKinds kinds = ItemKinds.builtIn();

        assertThat(kinds.names()).containsExactlyInAnyOrderElementsOf(VALID.keySet());
        for (String name : kinds.names()) {
            JsonNode document = kinds.schema(name).document();
            assertThat(document.path("$schema").asText()).as(name)
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(document.path("properties").path("kind").path("const").asText()).as(name).isEqualTo(name);
            assertThat(document.path("required")).as(name).extracting(JsonNode::asText).contains("id", "kind");
        }
    }

    @Test
    void aKindWithoutASchemaCannotBeRegistered() {
        GenerationKind unpublished = new GenerationKind() {
            @Override
            public String name() {
                return "unpublished";
            }
        };

        assertThatThrownBy(() -> new ItemKinds(List.of(new GenerationKind(), unpublished)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unpublished")
                .hasMessageContaining("schemas/unpublished.schema.json");
    }

    @Test
    void aValidLineOfEveryKindPassesSchemaAndParse() throws Exception {
        ItemKinds kinds = ItemKinds.builtIn();
        for (Map.Entry<String, String> entry : VALID.entrySet()) {
            JsonNode line = JSON.readTree(entry.getValue());
            assertThat(kinds.schema(entry.getKey()).check(line)).as(entry.getKey()).isEmpty();
            FieldErrors errors = new FieldErrors();
            assertThat(kinds.get(entry.getKey()).parse(line, errors)).as(entry.getKey()).isNotNull();
            assertThat(errors.list()).as(entry.getKey()).isEmpty();
        }
    }

    @Test
    void theOtherFormOfAContinuationPairPassesToo() throws Exception {
        JsonNode line = JSON.readTree("""
                {"kind":"continuation_pair","id":"c2","beginning":"Paris is in","continuation_true":" France",\
                "continuation_false":" Spain"}""");

        assertThat(ItemKinds.builtIn().schema("continuation_pair").check(line)).isEmpty();
    }

    @Test
    void schemaErrorsNameTheFieldPathAndSayWhatIsWrong() throws Exception {
        KindSchema mc = ItemKinds.builtIn().schema("multiple_choice");

        assertThat(mc.check(JSON.readTree("""
                {"kind":"multiple_choice","id":"q","question":"?","choices":["a",2,""],"answer":1.5}""")))
                .containsExactly(new FieldErrors.FieldError("answer", "must be an integer"),
                        new FieldErrors.FieldError("choices[1]", "must be a string"),
                        new FieldErrors.FieldError("choices[2]", "must not be blank"));
        assertThat(mc.check(JSON.readTree("""
                {"kind":"multiple_choice","id":"q","choices":["a"],"answer":0}""")))
                .containsExactly(new FieldErrors.FieldError("choices", "must have at least 2 choices, has 1"),
                        new FieldErrors.FieldError("question", "is required"));
    }
}
