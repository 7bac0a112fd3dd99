package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ResponseReceived;

/**
 * Reads one answered response of one item kind and read mode and judges it against the reference carried in
 * its {@code ScoringContext}. Adding a scorer is one {@code @ApplicationScoped} class implementing this
 * interface: {@link ScorerRegistry} finds every bean and indexes it by {@link #key()}.
 *
 * <p>Only responses with an output reach a scorer: {@link ScoringEngine} turns ERROR, TIMEOUT and REFUSED
 * responses into their scores itself, so that no scorer can count a failed call as a wrong answer.
 */
public interface Scorer {

    /** The item kind and read mode this scorer reads. */
    ScorerKey key();

    /** Stable name stored with every score (e.g. {@code choice}), so results trace back to their procedure. */
    String name();

    /** Name of the extraction filter (e.g. {@code letter}, {@code label_probs}); results are keyed by it. */
    String filter();

    /** Scores an answered response; must not throw for any model output, however odd. */
    Score score(ResponseReceived response);
}
