package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.ScoringContext;
import java.util.SplittableRandom;

/**
 * One deterministic built-in model: from an item's scoring context, which label it answers and how its
 * probability mass spreads over the labels. Text phrasing and log-probabilities are rendered from that belief
 * by {@link BuiltinProvider}, the same way for every model, so a model class holds only its behaviour.
 * Adding a model is one {@code @ApplicationScoped} class implementing this interface.
 *
 * <p>Built-in models read the scoring context, which real models never see: they exist to make scorers and
 * bias metrics demonstrable with known answers, and are never mistaken for real ones.
 */
public interface BuiltinModel {

    /** The model name, as in {@code builtin:<name>}. */
    String name();

    /**
     * The belief for one request. {@code random} is seeded by the request (see {@link BuiltinSeed}), so the
     * same request always gets the same belief.
     *
     * @throws io.evalstream.inference.provider.UnsupportedModelException when the item gives this model
     *         nothing to answer with (no labels, no reference)
     */
    LabelBelief believe(ScoringContext scoring, SplittableRandom random);
}
