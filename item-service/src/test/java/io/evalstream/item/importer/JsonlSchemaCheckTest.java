package io.evalstream.item.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.item.kind.ItemKinds;
import io.evalstream.item.problem.ProblemError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Bad lines are rejected by their kind's JSON Schema through {@link JsonlParser}, naming the line and the field
 * path; the kind's semantic checks still apply to lines the schema accepts, and one defect is reported once.
 */
class JsonlSchemaCheckTest {
    private static final String GOOD = "{\"kind\":\"generation\",\"id\":\"g0\",\"prompt\":\"Hi\"}";

    private final JsonlParser parser = new JsonlParser(ItemKinds.builtIn(), 100, 1000);

    private List<ProblemError> errorsOnLine2(String bad) {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> parser.parse(GOOD + "\n" + bad + "\n"));
        assertThat(e).as("rejection of " + bad).isNotNull();
        return e.errors();
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThat(errorsOnLine2("{\"kind\":\"reward_pair\",\"id\":\"r\",\"prompt\":\"p\",\"chosen\":\"c\","
                + "\"rejected\":\"r\"}")).containsExactly(new ProblemError(2, "subset", "is required"));
    }

    @Test
    void aWrongTypeIsNamed() {
        assertThat(errorsOnLine2("{\"kind\":\"rating\",\"id\":\"t\",\"prompt\":\"p\",\"response\":5}"))
                .containsExactly(new ProblemError(2, "response", "must be a string"));
    }

    @Test
    void aValueOutsideTheEnumIsNamed() {
        assertThat(errorsOnLine2("{\"kind\":\"continuation_pair\",\"id\":\"c\",\"sent_more\":\"a\",\"sent_less\":\"b\","
                + "\"stereo_antistereo\":\"both\"}")).singleElement().satisfies(error -> {
                    assertThat(error.line()).isEqualTo(2);
                    assertThat(error.field()).isEqualTo("stereo_antistereo");
                    assertThat(error.message()).contains("\"stereo\"").contains("\"antistereo\"").contains("both");
                });
    }

    @Test
    void tooFewOptionsAreNamed() {
        assertThat(errorsOnLine2("{\"kind\":\"survey\",\"id\":\"v\",\"question\":\"q\",\"options\":[\"only\"]}"))
                .containsExactly(new ProblemError(2, "options", "must have at least 2 options, has 1"));
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        assertThat(errorsOnLine2("{\"kind\":\"rating\",\"id\":\"t\",\"prompt\":\"p\",\"response\":\"r\","
                + "\"scale\":{\"min\":1,\"max\":11}}"))
                .containsExactly(new ProblemError(2, "scale.max", "must be at most 10, is 11"));
        assertThat(errorsOnLine2("{\"kind\":\"dilemma\",\"id\":\"d\",\"context\":\"c\",\"action1\":\"a\","
                + "\"action2\":\"b\",\"forms\":[{\"name\":\"f\",\"question\":\"{} {} {}\",\"answersA\":[],"
                + "\"answersB\":[\"B\"]}]}"))
                .containsExactly(new ProblemError(2, "forms[0].answersA", "must have at least 1 answersA, has 0"));
    }

    @Test
    void aSchemaErrorIsNotReportedAgainByTheKind() {
        // the schema and MultipleChoiceKind both reject one choice; only the schema's error is listed
        assertThat(errorsOnLine2("{\"kind\":\"multiple_choice\",\"id\":\"q\",\"question\":\"?\",\"choices\":[\"a\"],"
                + "\"answer\":0}")).containsExactly(new ProblemError(2, "choices", "must have at least 2 choices, has 1"));
    }

    @Test
    void semanticChecksStillApplyToSchemaValidLines() {
        assertThat(errorsOnLine2("{\"kind\":\"multiple_choice\",\"id\":\"q\",\"question\":\"?\",\"choices\":[\"a\",\"b\"],"
                + "\"answer\":2}")).containsExactly(new ProblemError(2, "answer", "must be an index of choices (0 to 1), is 2"));
    }

    @Test
    void convertedItemsAreSchemaCheckedWithTheirSourceFileAndLine() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<SourcedItem> converted = List.of(
                new SourcedItem("a.jsonl", 1, (ObjectNode) json.readTree(GOOD)),
                new SourcedItem("a.jsonl", 7, (ObjectNode) json.readTree("{\"kind\":\"pairwise\",\"id\":\"p\",\"instruction\":\"i\","
                        + "\"response_a\":[\"a\"],\"response_b\":\"b\"}")));

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> parser.parseSourced(converted));

        assertThat(e.errors()).containsExactly(new ProblemError(7, "response_a", "must be a string", "a.jsonl"));
    }
}
