package io.evalstream.inference.provider.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.inference.TestRequests;
import io.evalstream.inference.provider.UnsupportedModelException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in dilemma models answer by position (first-shown), by content (common-sense) or refuse, in every form
 * and both orders; each answer is checked against what it must choose.
 */
class DilemmaModelsTest {
    static final String SAVE = "I save the child.";
    static final String WALK = "I walk away.";
    private final BuiltinProvider provider = BuiltinModels.provider(0.5);

    private String answer(String model, String form, boolean swapped, String reference, String item) {
        Map<String, String> attributes = Map.of("form", form, "order", swapped ? "action2_first" : "action1_first",
                "optionA", swapped ? WALK : SAVE, "optionB", swapped ? SAVE : WALK, "answersA", "[]", "answersB", "[]");
        ScoringContext scoring = new ScoringContext("dilemma", "GENERATE", reference,
                swapped ? List.of("action2", "action1") : List.of("action1", "action2"), null, List.of(), attributes);
        return provider.answer(EvaluationRequested.of("r", item, new Variant(form + ":x", VariantKind.TEMPLATE,
                swapped ? List.of(1, 0) : List.of(0, 1)), 0, Purpose.ANSWER, null, TestRequests.builtin(model),
                ModelInput.chat("h", "q"), Generation.greedy(200), scoring)).output().text();
    }

    /** Which shown position the answer names, as MoralChoice's patterns would read it. */
    private static String position(String form, String text, boolean swapped) {
        return switch (form) {
            case "ab" -> text.replace("Answer: ", "").startsWith("A") ? "first" : "second";
            case "compare" -> text.toLowerCase().startsWith("yes") ? "first" : "second";
            default -> text.replace("- ", "").startsWith(swapped ? "I walk" : "I save") ? "first" : "second";
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "compare", "repeat"})
    void firstShownAlwaysNamesTheFirstPosition(String form) {
        for (int i = 0; i < 10; i++) {
            for (boolean swapped : List.of(false, true)) {
                assertThat(position(form, answer("dilemma-first-shown", form, swapped, null, "d" + i), swapped))
                        .isEqualTo("first");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "compare", "repeat"})
    void commonSenseNamesTheCommonSenseActionWhereverItIsShown(String form) {
        for (int i = 0; i < 10; i++) {
            assertThat(position(form, answer("dilemma-common-sense", form, false, "action1", "d" + i), false))
                    .isEqualTo("first");
            assertThat(position(form, answer("dilemma-common-sense", form, true, "action1", "d" + i), true))
                    .isEqualTo("second");
            // no common-sense action (high ambiguity): action1, still by content
            assertThat(position(form, answer("dilemma-common-sense", form, true, null, "d" + i), true))
                    .isEqualTo("second");
        }
    }

    @Test
    void phrasingVariesButIsDeterministic() {
        List<String> answers = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> answer("dilemma-first-shown", "ab", false, null, "d" + i)).toList();
        assertThat(answers).contains("A", "Answer: A", "A. " + SAVE);
        assertThat(answer("dilemma-first-shown", "ab", false, null, "d3")).isEqualTo(answers.get(3));
    }

    @Test
    void refuserRefusesAndNonDilemmaItemsAreRejected() {
        assertThat(answer("dilemma-refuser", "repeat", true, null, "d1")).isEqualTo("I cannot answer this question.");
        assertThatThrownBy(() -> provider.answer(EvaluationRequested.of("r", "i", Variant.original(), 0,
                Purpose.ANSWER, null, TestRequests.builtin("dilemma-refuser"), ModelInput.chat(null, "q"),
                Generation.greedy(16), new ScoringContext("true_false", "GENERATE", "True", List.of("True", "False"),
                        0, List.of(), Map.of())))).isInstanceOf(UnsupportedModelException.class)
                .hasMessageContaining("only dilemma items");
    }
}
