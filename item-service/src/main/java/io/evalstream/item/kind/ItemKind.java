package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.variant.PermutationMode;

import java.util.List;

/**
 * Everything item-service knows about one item kind: how its JSONL line is validated, which variants it has,
 * how it is put to a model and what the scorer must be told. Adding a kind is one implementation of this
 * interface, registered as an {@code @ApplicationScoped} bean (see {@link ItemKinds}); nothing else changes.
 *
 * @param <T> the kind's content record; it is what is stored as the item's payload (as JSON) and read back
 *            for planning, so it must round-trip through Jackson.
 */
public interface ItemKind<T> {

    /** The wire name in the {@code kind} field of a JSONL line and of {@link ScoringContext#kind()}. */
    String name();

    /** The content record, for reading stored payloads back. */
    Class<T> contentType();

    /**
     * Reads the kind's own fields of one JSONL line ({@code kind}, {@code id} and {@code slices} are checked by
     * the importer). Records every problem in {@code errors}; returns null when there is any.
     */
    T parse(JsonNode line, FieldErrors errors);

    /** The variants this item is asked in under {@code mode}. */
    List<Variant> variants(T content, PermutationMode mode);

    /** The model input for one variant. */
    ModelInput prompt(T content, Variant variant);

    /**
     * The model input for one variant read in {@code readMode}; kinds whose instruction depends on how the answer
     * is read (a judge explaining before its verdict, or answering with the label token only) override this.
     */
    default ModelInput prompt(T content, Variant variant, ReadMode readMode) {
        return prompt(content, variant);
    }

    /** What the scorer needs for one variant (docs/architecture.md, "Item kinds"). */
    ScoringContext scoring(T content, Variant variant, ReadMode readMode, List<String> slices);

    /**
     * Whether this kind can be read under {@code readMode}; a run whose items cannot be read that way is refused
     * at creation. By default every mode but LIKELIHOOD (which needs two continuations to compare).
     */
    default boolean reads(ReadMode readMode) {
        return readMode != ReadMode.LIKELIHOOD;
    }

    /** Sampling parameters for this kind under {@code readMode}; kinds with long answers ask for more tokens. */
    default io.evalstream.contracts.Generation generation(ReadMode readMode) {
        return readMode.generation();
    }
}
