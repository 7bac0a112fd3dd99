package io.evalstream.contracts;

import java.util.List;

/** A generated token with its log-probability and the provider's top alternatives (OpenAI's shape). */
public record TokenLogprob(String token, double logprob, List<TopLogprob> topLogprobs) {
    public TokenLogprob {
        topLogprobs = topLogprobs == null ? List.of() : List.copyOf(topLogprobs);
    }
}
