package io.evalstream.item.kind;

import com.fasterxml.jackson.databind.JsonNode;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.item.prompt.Exemplar;
import io.evalstream.item.prompt.ReadMode;
import io.evalstream.item.prompt.Templates;
import io.evalstream.item.variant.PermutationMode;
import io.evalstream.item.variant.VariantOptions;

import java.util.List;
import java.util.Optional;

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

    /**
     * The variants of this item under a run's full variant options (FULL, SAMPLED, gold_at:j need the gold and a
     * seed). The default serves kinds without an option order: when CYCLIC gives one variant there is nothing to
     * reorder and that variant is the answer for every mode; a kind with options must override this to honour
     * the other modes, else the run is refused with the message thrown here (IllegalArgumentException).
     */
    default List<Variant> variants(T content, String itemId, VariantOptions options) {
        if (options.mode().basic()) {
            return variants(content, options.mode());
        }
        List<Variant> cyclic = variants(content, PermutationMode.CYCLIC);
        if (cyclic.size() <= 1) {
            return cyclic;
        }
        throw new IllegalArgumentException("kind '" + name() + "' does not support permutations "
                + options.permutations().wire());
    }

    /** This item as a solved example for other items' few-shot prompts; empty when the kind has none. */
    default Optional<Exemplar> exemplar(T content) {
        return Optional.empty();
    }

    /**
     * The model input of a variant under its template ({@link Variant#template()}; null is zero-shot), with the
     * few-shot exemplars chosen for it (empty for other templates). Kinds that offer few-shot or chain of thought
     * override this; the default knows zero-shot only and refuses the others (IllegalArgumentException).
     */
    default ModelInput prompt(T content, Variant variant, List<Exemplar> exemplars) {
        String template = variant.template();
        if (template == null || Templates.ZERO_SHOT.equals(template)) {
            return prompt(content, variant);
        }
        throw new IllegalArgumentException("kind '" + name() + "' has no '" + template + "' template");
    }

    /** Sampling parameters under a template: chain of thought needs room to reason; others as {@link #generation(ReadMode)}. */
    default io.evalstream.contracts.Generation generation(ReadMode readMode, String template) {
        return Templates.CHAIN_OF_THOUGHT.equals(template) ? ReadMode.chainOfThought() : generation(readMode);
    }
}
