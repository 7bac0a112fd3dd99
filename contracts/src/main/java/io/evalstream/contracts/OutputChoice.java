package io.evalstream.contracts;

import java.util.List;

/** One of several choices of a call made with {@code n > 1}: its text, finish reason and log-probabilities. */
public record OutputChoice(String text, String finishReason, List<TokenLogprob> logprobs) {
    public OutputChoice {
        logprobs = logprobs == null ? List.of() : List.copyOf(logprobs);
    }
}
