package io.evalstream.contracts;

import java.util.Objects;

/**
 * How items are expanded into requests. {@code permutations}: NONE or CYCLIC (all k cyclic shifts of the
 * options); {@code samples}: repeated samples per variant; {@code readMode}: GENERATE (extract from text) or
 * LABEL_PROBS (label-token log-probabilities); {@code template}: the prompt template's name.
 */
public record VariantPlan(String permutations, int samples, String readMode, String template) {
    public VariantPlan {
        Objects.requireNonNull(permutations, "variantPlan.permutations");
        Objects.requireNonNull(readMode, "variantPlan.readMode");
        if (samples < 1) {
            throw new IllegalArgumentException("variantPlan.samples must be at least 1");
        }
    }
}
