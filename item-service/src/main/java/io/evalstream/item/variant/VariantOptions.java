package io.evalstream.item.variant;

import io.evalstream.item.prompt.Templates;
import java.util.List;
import java.util.Objects;

/**
 * Everything that decides an item's variants beyond its own content: the permutation choice, the size of a
 * sampled set of permutations, the seed of every random choice, the templates with the few-shot exemplar count,
 * and the PriDe calibration share (null when the run is not debiased). Built from a run's stored variant plan.
 */
public record VariantOptions(Permutations permutations, int permutationSamples, long seed, List<String> templates,
        int fewShot, Double prideShare) {
    public static final long DEFAULT_SEED = 0L;
    public static final int DEFAULT_PERMUTATION_SAMPLES = 4;
    public static final int DEFAULT_FEW_SHOT = 3;

    public VariantOptions {
        Objects.requireNonNull(permutations, "permutations");
        templates = templates == null || templates.isEmpty() ? List.of(Templates.ZERO_SHOT) : List.copyOf(templates);
    }

    /** Only a permutation mode (NONE or CYCLIC), one zero-shot template: the v1 plans. */
    public static VariantOptions of(PermutationMode mode) {
        return new VariantOptions(new Permutations(mode, null), DEFAULT_PERMUTATION_SAMPLES, DEFAULT_SEED, null,
                DEFAULT_FEW_SHOT, null);
    }

    public PermutationMode mode() {
        return permutations.mode();
    }
}
