package io.evalstream.contracts;

import java.util.List;
import java.util.Objects;

/**
 * One variant of an item. {@code permutation} lists, for each displayed position, the index of the original
 * option shown there (so {@code [2,0,1]} shows original option 2 first); null for non-permuted variants.
 */
public record Variant(String id, VariantKind kind, List<Integer> permutation) {
    public Variant {
        Objects.requireNonNull(id, "variant.id");
        Objects.requireNonNull(kind, "variant.kind");
        permutation = permutation == null ? null : List.copyOf(permutation);
    }

    public static Variant original() {
        return new Variant("original", VariantKind.ORIGINAL, null);
    }
}
