package io.evalstream.inference.provider.builtin;

import static io.evalstream.inference.TestRequests.builtin;
import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.Generation;
import io.evalstream.inference.TestRequests;
import org.junit.jupiter.api.Test;

/** The yes-sayer: "True" on true_false items whatever the truth, the first label on multiple choice. */
class AlwaysTrueModelTest {
    private final BuiltinProvider provider = BuiltinModels.provider(0.5);

    @Test
    void answersTrueOnTrueFalseItems() {
        for (int i = 0; i < 50; i++) {
            var request = TestRequests.trueFalse("run-t", "tf-" + i, builtin("always-true"), i % 2 == 0,
                    Generation.greedy(8));
            assertThat(provider.answer(request).output().text()).isEqualTo("True");
        }
    }

    @Test
    void answersTheFirstLabelOnMultipleChoice() {
        for (int i = 0; i < 50; i++) {
            var request = TestRequests.multipleChoice("run-t", "item-" + i, builtin("always-true"), "D");
            assertThat(BuiltinModels.extractLetter(provider.answer(request).output().text())).isEqualTo("A");
        }
    }
}
