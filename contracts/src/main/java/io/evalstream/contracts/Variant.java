package io.evalstream.contracts;

import java.util.List;
import java.util.Objects;

/**
 * One variant of an item. {@code permutation} lists, for each displayed position, the index of the original
 * option shown there (so {@code [2,0,1]} shows original option 2 first); null for non-permuted variants.
 *
 * <p>{@code template} (nullable, added after v1) names the prompt template the variant is asked with
 * ({@code zero-shot}, {@code few-shot}, {@code chain-of-thought}); null means the run's template (zero-shot for
 * runs planned before templates were variants). Id, permutation and template together say exactly which content
 * a score was given for.
 */
public record Variant(String id, VariantKind kind, List<Integer> permutation, String template) {
    public Variant {
        Objects.requireNonNull(id, "variant.id");
        Objects.requireNonNull(kind, "variant.kind");
        permutation = permutation == null ? null : List.copyOf(permutation);
    }

    /** A variant asked with the run's template (the v1 shape). */
    public Variant(String id, VariantKind kind, List<Integer> permutation) {
        this(id, kind, permutation, null);
    }

    public static Variant original() {
        return new Variant("original", VariantKind.ORIGINAL, null);
    }

    /** This variant asked with {@code name} under the id {@code newId}. */
    public Variant withTemplate(String newId, String name) {
        return new Variant(newId, kind, permutation, name);
    }
}
