package io.evalstream.item.variant;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.Variant;
import io.evalstream.item.run.RequestPlanner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties of every permutation plan, over option counts, gold positions, targets and seeds. */
class VariantProperties {

    @Property(tries = 200)
    void goldAtPutsTheGoldAtJAndKeepsTheOthersInOrder(@ForAll @IntRange(min = 2, max = 26) int k,
            @ForAll @IntRange(min = 0, max = 25) int goldSeed, @ForAll @IntRange(min = 0, max = 25) int jSeed) {
        int gold = goldSeed % k;
        int j = jSeed % k;
        Variant variant = VariantExpander.goldAt(k, gold, j);

        assertThat(VariantExpander.displayedPosition(variant, gold)).isEqualTo(j);
        assertThat(VariantExpander.originalIndexAt(variant, j)).isEqualTo(gold);
        List<Integer> others = new ArrayList<>(variant.permutation());
        others.remove(Integer.valueOf(gold));
        assertThat(others).isSorted().hasSize(k - 1);
    }

    @Property(tries = 7)
    void fullPermutationsOfKOptionsAreKFactorialDistinctOrders(@ForAll @IntRange(min = 2, max = 7) int k) {
        List<Variant> variants = VariantExpander.full(k);

        assertThat(variants).hasSize((int) VariantExpander.factorial(k));
        assertThat(variants.stream().map(Variant::permutation).distinct()).hasSize(variants.size());
        assertThat(variants.stream().map(Variant::id).distinct()).hasSize(variants.size());
        for (Variant v : variants) {
            assertThat(new HashSet<>(v.permutation())).hasSize(k).allMatch(i -> i >= 0 && i < k);
        }
    }

    @Property(tries = 100)
    void sampledPermutationsAreDistinctValidAndSeeded(@ForAll @IntRange(min = 2, max = 10) int k,
            @ForAll @IntRange(min = 1, max = 30) int m, @ForAll long seed) {
        List<Variant> sample = VariantExpander.sampled(k, m, seed);

        long expected = k <= VariantExpander.MAX_FULL_OPTIONS ? Math.min(m, VariantExpander.factorial(k)) : m;
        assertThat(sample).hasSize((int) expected);
        assertThat(sample.stream().map(Variant::permutation).distinct()).hasSize(sample.size());
        sample.forEach(v -> assertThat(new HashSet<>(v.permutation())).hasSize(k));
        assertThat(VariantExpander.sampled(k, m, seed)).isEqualTo(sample);
    }

    @Property(tries = 25)
    void cyclicShiftsPutEveryOptionInEveryPositionOnce(@ForAll @IntRange(min = 2, max = 26) int k) {
        List<Variant> variants = VariantExpander.expand(PermutationMode.CYCLIC, k);
        for (int option = 0; option < k; option++) {
            Set<Integer> positions = new HashSet<>();
            for (Variant v : variants) {
                positions.add(VariantExpander.displayedPosition(v, option));
            }
            assertThat(positions).hasSize(k);
        }
    }

    @Property(tries = 200)
    void prideCalibrationSampleIsTheSharedShareOfDistinctItems(@ForAll @IntRange(min = 1, max = 2000) int items,
            @ForAll @DoubleRange(min = 0.01, max = 1.0) double share, @ForAll long seed) {
        Set<Integer> sample = RequestPlanner.calibrationSample(items, share, seed);

        assertThat(sample).hasSize((int) Math.min(items, Math.max(1, Math.round(share * items))));
        assertThat(sample).allMatch(i -> i >= 0 && i < items);
        assertThat(RequestPlanner.calibrationSample(items, share, seed)).isEqualTo(sample);
    }
}
