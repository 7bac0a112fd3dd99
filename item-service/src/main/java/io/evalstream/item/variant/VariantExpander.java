package io.evalstream.item.variant;

import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands one item's options into variants (docs/architecture.md, "Variant plans"). {@code permutation[pos]}
 * is the original index shown at displayed position {@code pos}; the scorer maps a displayed answer back to
 * content with it, which is why every permuted variant carries its permutation, including the identity.
 */
public final class VariantExpander {
    static final String ORIGINAL_ID = "original";
    static final String CYCLIC_PREFIX = "cyclic-";

    private VariantExpander() {
    }

    /**
     * The variants of an item with {@code optionCount} permutable options. Items with fewer than two options
     * (true/false statements report none) are never permuted and yield the single {@code original} variant.
     */
    public static List<Variant> expand(PermutationMode mode, int optionCount) {
        if (mode == PermutationMode.NONE || optionCount < 2) {
            return List.of(Variant.original());
        }
        List<Variant> variants = new ArrayList<>(optionCount);
        for (int shift = 0; shift < optionCount; shift++) {
            variants.add(cyclic(shift, optionCount));
        }
        return List.copyOf(variants);
    }

    /** Shift {@code s}: {@code permutation[pos] = (pos + s) mod k}; shift 0 is the original order. */
    public static Variant cyclic(int shift, int optionCount) {
        List<Integer> permutation = new ArrayList<>(optionCount);
        for (int pos = 0; pos < optionCount; pos++) {
            permutation.add((pos + shift) % optionCount);
        }
        return new Variant(CYCLIC_PREFIX + shift, shift == 0 ? VariantKind.ORIGINAL : VariantKind.PERMUTATION,
                permutation);
    }

    /** The displayed position of original option {@code originalIndex}; identity when not permuted. */
    public static int displayedPosition(Variant variant, int originalIndex) {
        List<Integer> permutation = variant.permutation();
        if (permutation == null) {
            return originalIndex;
        }
        int pos = permutation.indexOf(originalIndex);
        if (pos < 0) {
            throw new IllegalArgumentException("variant " + variant.id() + " does not show option " + originalIndex);
        }
        return pos;
    }

    /** The original option index shown at displayed position {@code pos}. */
    public static int originalIndexAt(Variant variant, int pos) {
        return variant.permutation() == null ? pos : variant.permutation().get(pos);
    }
}
