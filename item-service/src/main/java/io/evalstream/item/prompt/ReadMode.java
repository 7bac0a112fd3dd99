package io.evalstream.item.prompt;

import io.evalstream.contracts.Generation;

/**
 * How an answer is read (PROTOCOLS.md): GENERATE samples a short text and extracts the label; LABEL_PROBS
 * asks for one token with its top alternatives and reads each label's probability; LIKELIHOOD sends a bare
 * completion prompt with {@code echo} + {@code logprobs} and reads the log-likelihood of the prompt's own tokens
 * (whole continuations compared, e.g. {@code continuation_pair}); it needs the {@code prompt_likelihood} capability.
 */
public enum ReadMode {
    GENERATE, LABEL_PROBS, LIKELIHOOD;

    /** Enough tokens for "B" or "False" plus stray punctuation, yet too few for an essay. */
    static final int GENERATE_MAX_TOKENS = 16;
    /** Twenty alternatives: OpenAI's maximum, and enough to see every label of a 10-option item. */
    static final int TOP_LOGPROBS = 20;

    /**
     * One generated token for LIKELIHOOD: the OpenAI legacy API accepts 0 with {@code echo}, but vLLM and
     * llama-server want at least 1; the generated token is split off and ignored.
     */
    static final int LIKELIHOOD_MAX_TOKENS = 1;

    public Generation generation() {
        return switch (this) {
            case GENERATE -> Generation.greedy(GENERATE_MAX_TOKENS);
            case LABEL_PROBS -> Generation.labelProbabilities(TOP_LOGPROBS);
            case LIKELIHOOD -> new Generation(0.0, null, LIKELIHOOD_MAX_TOKENS, null, null, true, 1, null, true);
        };
    }

    /** Room to reason before the final answer (chain-of-thought template; read by generate + extraction). */
    static final int CHAIN_OF_THOUGHT_MAX_TOKENS = 512;

    /** Greedy decoding with {@value #CHAIN_OF_THOUGHT_MAX_TOKENS} tokens: the chain-of-thought template's budget. */
    public static Generation chainOfThought() {
        return Generation.greedy(CHAIN_OF_THOUGHT_MAX_TOKENS);
    }
}
