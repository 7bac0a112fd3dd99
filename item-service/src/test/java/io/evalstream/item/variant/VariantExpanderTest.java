package io.evalstream.item.variant;

import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Strategy: check the permutation laws (count, bijection, every option in every position, gold round trip) for k = 2..10. */
class VariantExpanderTest {

    @Test
    void noneGivesTheOriginalVariantOnly() {
        assertThat(VariantExpander.expand(PermutationMode.NONE, 4)).containsExactly(Variant.original());
    }

    @Test
    void itemsWithoutOptionsAreNeverPermuted() {
        assertThat(VariantExpander.expand(PermutationMode.CYCLIC, 0)).containsExactly(Variant.original());
        assertThat(VariantExpander.expand(PermutationMode.CYCLIC, 1)).containsExactly(Variant.original());
    }

    @Test
    void cyclicShiftsAreNamedAndOrdered() {
        List<Variant> variants = VariantExpander.expand(PermutationMode.CYCLIC, 3);

        assertThat(variants).containsExactly(
                new Variant("cyclic-0", VariantKind.ORIGINAL, List.of(0, 1, 2)),
                new Variant("cyclic-1", VariantKind.PERMUTATION, List.of(1, 2, 0)),
                new Variant("cyclic-2", VariantKind.PERMUTATION, List.of(2, 0, 1)));
    }

    @ParameterizedTest
    @ValueSource(ints = { 2, 3, 4, 5, 7, 10 })
    void cyclicGivesKBijectionsPuttingEveryOptionInEveryPosition(int k) {
        List<Variant> variants = VariantExpander.expand(PermutationMode.CYCLIC, k);

        assertThat(variants).hasSize(k);
        assertThat(variants).extracting(Variant::id).doesNotHaveDuplicates();
        for (Variant variant : variants) {
            assertThat(variant.permutation()).containsExactlyInAnyOrderElementsOf(
                    IntStream.range(0, k).boxed().toList());
        }
        for (int pos = 0; pos < k; pos++) {
            Set<Integer> shownHere = new HashSet<>();
            for (Variant variant : variants) {
                shownHere.add(variant.permutation().get(pos));
            }
            assertThat(shownHere).as("options shown at position %d", pos).hasSize(k);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = { 2, 4, 6 })
    void goldPositionMapsBackToTheGoldContent(int k) {
        List<String> choices = IntStream.range(0, k).mapToObj(i -> "choice-" + i).toList();
        for (int gold = 0; gold < k; gold++) {
            for (Variant variant : VariantExpander.expand(PermutationMode.CYCLIC, k)) {
                int shownAt = VariantExpander.displayedPosition(variant, gold);
                assertThat(choices.get(VariantExpander.originalIndexAt(variant, shownAt)))
                        .isEqualTo(choices.get(gold));
            }
        }
    }
}
