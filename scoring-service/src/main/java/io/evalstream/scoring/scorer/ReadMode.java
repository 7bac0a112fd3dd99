package io.evalstream.scoring.scorer;

import java.util.Locale;
import java.util.Optional;

/**
 * How an answer is read from a model's output (PROTOCOLS.md, "How an answer is read"). The wire carries the
 * mode as a string in {@code ScoringContext.readMode}; this enum is the closed set scoring-service knows.
 */
public enum ReadMode {
    /** Sampled text, then a named extraction filter. */
    GENERATE,
    /** One token with the provider's top log-probabilities, read over the answer labels. */
    LABEL_PROBS,
    /** The log-likelihoods of the prompt's own tokens ({@code echo}), summed over a whole continuation. */
    LIKELIHOOD;

    /** The mode named by {@code value} (case-insensitive), or empty for a mode this service cannot read. */
    public static Optional<ReadMode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
