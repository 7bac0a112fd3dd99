package io.evalstream.contracts;

import java.util.List;

/**
 * Sampling parameters, passed through to the provider; null means the provider's default.
 *
 * <p>{@code n} (nullable, added after v1) asks for several choices from one call (OpenAI's {@code n}); null or 1
 * is one. {@code echo} (nullable, added after v1) asks a completions endpoint to return the prompt's own token
 * log-likelihoods with the answer ({@code echo} + {@code logprobs}): prompt-likelihood scoring. Both need a
 * capability the model must declare; item-service refuses runs that need one the model lacks.
 */
public record Generation(Double temperature, Double topP, Integer maxTokens, Long seed, List<String> stop,
        boolean logprobs, Integer topLogprobs, Integer n, Boolean echo) {
    public Generation {
        stop = stop == null ? List.of() : List.copyOf(stop);
        if (n != null && n < 1) {
            throw new IllegalArgumentException("generation.n must be at least 1");
        }
    }

    /** Parameters without {@code n} and {@code echo} (the v1 shape). */
    public Generation(Double temperature, Double topP, Integer maxTokens, Long seed, List<String> stop,
            boolean logprobs, Integer topLogprobs) {
        this(temperature, topP, maxTokens, seed, stop, logprobs, topLogprobs, null, null);
    }

    /** Greedy decoding of a short answer. */
    public static Generation greedy(int maxTokens) {
        return new Generation(0.0, null, maxTokens, null, null, false, null);
    }

    /** One token with the top alternatives' log-probabilities: how label probabilities are read. */
    public static Generation labelProbabilities(int topLogprobs) {
        return new Generation(0.0, null, 1, null, null, true, topLogprobs);
    }

    /** The number of choices asked for: {@code n}, 1 when unset. */
    public int choices() {
        return n == null ? 1 : n;
    }

    /** Whether the prompt's log-likelihoods are asked for. */
    public boolean echoPrompt() {
        return Boolean.TRUE.equals(echo);
    }

    /** These parameters asking for {@code value} choices per call. */
    public Generation withN(Integer value) {
        return new Generation(temperature, topP, maxTokens, seed, stop, logprobs, topLogprobs, value, echo);
    }

    /** These parameters asking (or not) for the prompt's log-likelihoods. */
    public Generation withEcho(Boolean value) {
        return new Generation(temperature, topP, maxTokens, seed, stop, logprobs, topLogprobs, n, value);
    }
}
