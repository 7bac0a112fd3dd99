package io.evalstream.contracts;

import java.util.List;

/**
 * What the model produced. {@code logprobs} is empty unless they were requested and the provider gives them.
 *
 * <p>Added after v1, both nullable (null when not asked for, so older events and consumers are unaffected):
 * {@code choices} holds every choice of a call made with {@code n > 1}, the first being the one in
 * {@code text}/{@code finishReason}/{@code logprobs}; {@code promptLogprobs} holds the prompt's token
 * log-likelihoods of an {@code echo} call (the first prompt token has none and is left out).
 */
public record ModelOutput(String text, String finishReason, List<TokenLogprob> logprobs, List<OutputChoice> choices,
        List<TokenLogprob> promptLogprobs) {
    public ModelOutput {
        logprobs = logprobs == null ? List.of() : List.copyOf(logprobs);
        choices = choices == null ? null : List.copyOf(choices);
        promptLogprobs = promptLogprobs == null ? null : List.copyOf(promptLogprobs);
    }

    /** One answer (the v1 shape). */
    public ModelOutput(String text, String finishReason, List<TokenLogprob> logprobs) {
        this(text, finishReason, logprobs, null, null);
    }
}
