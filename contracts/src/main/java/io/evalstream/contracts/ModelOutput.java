package io.evalstream.contracts;

import java.util.List;

/** What the model produced. {@code logprobs} is empty unless they were requested and the provider gives them. */
public record ModelOutput(String text, String finishReason, List<TokenLogprob> logprobs) {
    public ModelOutput {
        logprobs = logprobs == null ? List.of() : List.copyOf(logprobs);
    }
}
