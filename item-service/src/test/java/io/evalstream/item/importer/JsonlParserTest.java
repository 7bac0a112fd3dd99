package io.evalstream.item.importer;

import io.evalstream.item.kind.ItemKinds;
import io.evalstream.item.kind.MultipleChoice;
import io.evalstream.item.kind.ParsedItem;
import io.evalstream.item.kind.TrueFalse;
import io.evalstream.item.problem.ProblemError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Strategy: feed the parser small files with one defect each and check the error names the right line and
 * field; then files with several defects to check every one is reported and that nothing is returned.
 */
class JsonlParserTest {
    private static final String MC = "{\"kind\":\"multiple_choice\",\"id\":\"q1\",\"question\":\"2+2?\","
            + "\"choices\":[\"3\",\"4\",\"5\"],\"answer\":1,\"slices\":[\"math\"]}";
    private static final String TF = "{\"kind\":\"true_false\",\"id\":\"s1\",\"statement\":\"Snow is white.\","
            + "\"label\":true}";

    private final JsonlParser parser = new JsonlParser(ItemKinds.builtIn(), 100, 1000);

    @Test
    void parsesBothKindsInFileOrder() {
        List<ParsedItem<?>> items = parser.parse(MC + "\n" + TF + "\n");

        assertThat(items).extracting(ParsedItem::id).containsExactly("q1", "s1");
        assertThat(items.get(0).content()).isEqualTo(new MultipleChoice("2+2?", List.of("3", "4", "5"), 1));
        assertThat(items.get(0).slices()).containsExactly("math");
        assertThat(items.get(1).content()).isEqualTo(new TrueFalse("Snow is white.", true));
        assertThat(items.get(1).slices()).isEmpty();
    }

    @Test
    void skipsBlankLinesButCountsThemAndAcceptsCrlfAndBom() {
        String body = "\uFEFF" + MC + "\r\n\r\n" + TF.replace("s1", "s2") + "\r\n   \n{\"kind\":\"true_false\",\"id\":\"x\"}";

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> parser.parse(body));

        assertThat(e.errors()).extracting(ProblemError::line).containsOnly(5);
        assertThat(parser.parse("\uFEFF" + MC + "\r\n\r\n" + TF + "\r\n")).hasSize(2);
    }

    @Test
    void answerOutOfRangeNamesLineAndField() {
        String bad = MC.replace("\"id\":\"q1\"", "\"id\":\"q3\"").replace("\"answer\":1", "\"answer\":3");
        String body = MC + "\n" + TF + "\n" + bad + "\n";

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> parser.parse(body));

        assertThat(e.errors()).containsExactly(new ProblemError(3, "answer",
                "must be an index of choices (0 to 2), is 3"));
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().detail()).contains("line 3").contains("answer").contains("nothing was imported");
    }

    @Test
    void reportsTypeErrorsFieldByField() {
        String line = "{\"kind\":\"multiple_choice\",\"id\":7,\"question\":\"\",\"choices\":[\"a\",2],"
                + "\"answer\":\"1\",\"slices\":\"x\"}";

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> parser.parse(line));

        assertThat(e.errors()).extracting(ProblemError::field)
                .containsExactlyInAnyOrder("id", "slices", "question", "choices[1]", "answer");
        assertThat(e.errors()).allSatisfy(error -> assertThat(error.line()).isEqualTo(1));
    }

    @Test
    void requiresAtLeastTwoChoices() {
        String line = MC.replace("[\"3\",\"4\",\"5\"]", "[\"4\"]").replace("\"answer\":1", "\"answer\":0");

        assertThat(errors(line)).containsExactly(new ProblemError(1, "choices",
                "must have at least 2 choices, has 1"));
    }

    @Test
    void rejectsMissingRequiredFields() {
        assertThat(errors("{\"kind\":\"multiple_choice\",\"id\":\"q\"}")).extracting(ProblemError::field)
                .containsExactlyInAnyOrder("question", "choices", "answer");
        assertThat(errors("{\"kind\":\"true_false\",\"id\":\"s\",\"statement\":\"x\",\"label\":\"true\"}"))
                .containsExactly(new ProblemError(1, "label", "must be true or false"));
        assertThat(errors("{\"id\":\"s\"}")).containsExactly(new ProblemError(1, "kind", "is required"));
    }

    @Test
    void rejectsUnknownKindListingTheKnownOnes() {
        assertThat(errors("{\"kind\":\"essay\",\"id\":\"e\"}")).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("kind");
            assertThat(error.message()).contains("essay").contains("multiple_choice").contains("true_false");
        });
    }

    @Test
    void rejectsDuplicateIdsNamingTheFirstLine() {
        assertThat(errors(TF + "\n" + MC + "\n" + TF)).containsExactly(new ProblemError(3, "id",
                "duplicate id 's1' (first used on line 1)"));
    }

    @Test
    void rejectsInvalidJsonAndNonObjects() {
        assertThat(errors(MC + "\n{not json\n[1,2]\n" + TF)).extracting(ProblemError::line).containsExactly(2, 3);
        assertThat(errors("{\"kind\":\"true_false\",\"kind\":\"x\",\"id\":\"a\",\"statement\":\"s\",\"label\":true}"))
                .singleElement().satisfies(error -> assertThat(error.message()).contains("Duplicate field"));
    }

    @Test
    void rejectsEmptyFiles() {
        assertThatThrownBy(() -> parser.parse("\n\n")).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("no items");
    }

    @Test
    void listsAtMostTheConfiguredNumberOfErrors() {
        JsonlParser strict = new JsonlParser(ItemKinds.builtIn(), 2, 1000);
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> strict.parse("x\ny\nz\n"));

        assertThat(e.errors()).hasSize(2);
        assertThat(e.problem().detail()).contains("2 of 3 errors listed");
    }

    @Test
    void rejectsFilesWithTooManyItems() {
        JsonlParser small = new JsonlParser(ItemKinds.builtIn(), 10, 1);
        assertThatThrownBy(() -> small.parse(MC + "\n" + TF)).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("at most 1");
    }

    private List<ProblemError> errors(String body) {
        return catchThrowableOfType(ImportRejectedException.class, () -> parser.parse(body)).errors();
    }
}
