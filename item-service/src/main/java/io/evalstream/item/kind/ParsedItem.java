package io.evalstream.item.kind;

import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.prompt.Exemplar;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;
import io.evalstream.item.variant.VariantOptions;

import java.util.List;
import java.util.Objects;

/**
 * A validated item bound to its kind: read from a JSONL line on import, or from a stored payload when a run is
 * planned. Binding content and kind in one value keeps the kind's type parameter consistent, so callers plan
 * any kind without casts.
 */
public record ParsedItem<T>(String id, ItemKind<T> kind, T content, List<String> slices) {
    public ParsedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        slices = slices == null ? List.of() : List.copyOf(slices);
    }

    public List<Variant> variants(PermutationMode mode) {
        return kind.variants(content, mode);
    }

    public ModelInput prompt(Variant variant) {
        return kind.prompt(content, variant);
    }

    public ModelInput prompt(Variant variant, ReadMode readMode) {
        return kind.prompt(content, variant, readMode);
    }

    public List<Variant> variants(VariantOptions options) {
        return kind.variants(content, id, options);
    }

    public ModelInput prompt(Variant variant, List<Exemplar> exemplars) {
        return kind.prompt(content, variant, exemplars);
    }

    public java.util.Optional<Exemplar> exemplar() {
        return kind.exemplar(content);
    }

    public io.evalstream.contracts.Generation generation(ReadMode readMode, String template) {
        return kind.generation(readMode, template);
    }

    public io.evalstream.contracts.Generation generation(ReadMode readMode) {
        return kind.generation(readMode);
    }

    public ScoringContext scoring(Variant variant, ReadMode readMode) {
        return kind.scoring(content, variant, readMode, slices);
    }
}
