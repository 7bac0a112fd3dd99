package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.TokenLogprob;
import java.util.List;
import java.util.Optional;

/**
 * The log-likelihood of an echoed prompt (read mode LIKELIHOOD): the sum of the log-probabilities the provider gave
 * the prompt's tokens ({@link ModelOutput#promptLogprobs()}; the first token has none, as nothing precedes it, so it
 * is not counted), and the same sum over the tokens of the trailing continuation only.
 *
 * <p>The continuation is the last {@code continuationChars} characters of the prompt. A token belongs to it when it
 * starts inside it; offsets are counted from the end, because the tokens of an echo reconstruct the prompt's text
 * after its first token. When they do not (a provider returning byte tokens, say), the continuation's own figure is
 * left out rather than guessed; the total is still read.
 *
 * @param logLikelihood             sum over every scored prompt token
 * @param tokens                    scored prompt tokens
 * @param continuationLogLikelihood sum over the continuation's tokens, null when it cannot be told apart
 * @param continuationTokens        the continuation's tokens, null likewise
 */
public record PromptLikelihood(double logLikelihood, int tokens, Double continuationLogLikelihood,
        Integer continuationTokens) {

    /** The prompt's log-likelihood, or empty when the output has no prompt log-probabilities. */
    public static Optional<PromptLikelihood> read(ModelOutput output, Integer continuationChars) {
        List<TokenLogprob> prompt = output == null ? null : output.promptLogprobs();
        if (prompt == null || prompt.isEmpty()) {
            return Optional.empty();
        }
        double total = 0;
        for (TokenLogprob token : prompt) {
            if (!Double.isFinite(token.logprob())) {
                return Optional.empty();
            }
            total += token.logprob();
        }
        Double continuation = null;
        Integer continuationTokens = null;
        if (continuationChars != null && continuationChars >= 0) {
            double sum = 0;
            int count = 0;
            int fromEnd = 0;
            for (int i = prompt.size() - 1; i >= 0; i--) {
                String text = prompt.get(i).token();
                fromEnd += text == null ? 0 : text.length();
                if (fromEnd <= continuationChars) {
                    sum += prompt.get(i).logprob();
                    count++;
                }
            }
            if (count > 0) {
                continuation = sum;
                continuationTokens = count;
            }
        }
        return Optional.of(new PromptLikelihood(total, prompt.size(), continuation, continuationTokens));
    }
}
