package io.evalstream.contracts;

import java.util.List;

/** Sampling parameters, passed through to the provider; null means the provider's default. */
public record Generation(Double temperature, Double topP, Integer maxTokens, Long seed, List<String> stop,
        boolean logprobs, Integer topLogprobs) {
    public Generation {
        stop = stop == null ? List.of() : List.copyOf(stop);
    }

    /** Greedy decoding of a short answer. */
    public static Generation greedy(int maxTokens) {
        return new Generation(0.0, null, maxTokens, null, null, false, null);
    }

    /** One token with the top alternatives' log-probabilities: how label probabilities are read. */
    public static Generation labelProbabilities(int topLogprobs) {
        return new Generation(0.0, null, 1, null, null, true, topLogprobs);
    }
}
