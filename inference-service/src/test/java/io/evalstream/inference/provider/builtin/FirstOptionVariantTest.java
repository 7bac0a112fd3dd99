package io.evalstream.inference.provider.builtin;

import static io.evalstream.inference.TestRequests.ABCD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evalstream.contracts.ModelRef;
import io.evalstream.inference.TestRequests;
import io.evalstream.inference.provider.UnsupportedModelException;
import org.junit.jupiter.api.Test;

/**
 * {@code first-option@<knowledge>}: the same registered model id pointed at a lower knowledge gets worse, and only
 * worse (the items it still knows are a subset), which is what a silent model change looks like to a paired test.
 */
class FirstOptionVariantTest {
    private final BuiltinProvider provider = BuiltinModels.provider(0.5);

    private String answer(String target, int item) {
        ModelRef ref = new ModelRef("acme:drifting", "builtin", null, target);
        return provider.answer(TestRequests.multipleChoice("run-" + target, "item-" + item, ref, "C")).output().text();
    }

    @Test
    void lowerKnowledgeKnowsASubsetOfTheItemsUnderTheSameModelId() {
        int good = 0;
        int bad = 0;
        for (int i = 0; i < 300; i++) {
            boolean knowsWell = BuiltinModels.extractLetter(answer("first-option@0.9", i)).equals("C");
            boolean knowsBadly = BuiltinModels.extractLetter(answer("first-option@0.3", i)).equals("C");
            assertThat(!knowsBadly || knowsWell).as("item %d known at 0.3 but not at 0.9", i).isTrue();
            good += knowsWell ? 1 : 0;
            bad += knowsBadly ? 1 : 0;
        }
        assertThat(good).isBetween(240, 300);
        assertThat(bad).isBetween(60, 120);
        assertThat(BuiltinModels.extractLetter(answer("first-option@1.0", 7))).isEqualTo("C");
        assertThat(BuiltinModels.extractLetter(answer("first-option@0", 7))).isEqualTo(ABCD.get(0));
    }

    @Test
    void badVariantsAreRefusedByName() {
        assertThatThrownBy(() -> answer("first-option@1.5", 1)).isInstanceOf(UnsupportedModelException.class)
                .hasMessageContaining("number in [0, 1]");
        assertThatThrownBy(() -> answer("oracle@0.5", 1)).isInstanceOf(UnsupportedModelException.class)
                .hasMessageContaining("unknown built-in model 'oracle@0.5'");
    }
}
