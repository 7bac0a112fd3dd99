package io.evalstream.item.prompt;

import io.evalstream.contracts.Generation;

/**
 * How an answer is read (PROTOCOLS.md): GENERATE samples a short text and extracts the label; LABEL_PROBS
 * asks for one token with its top alternatives and reads each label's probability.
 */
public enum ReadMode {
    GENERATE, LABEL_PROBS;

    /** Enough tokens for "B" or "False" plus stray punctuation, yet too few for an essay. */
    static final int GENERATE_MAX_TOKENS = 16;
    /** Twenty alternatives: OpenAI's maximum, and enough to see every label of a 10-option item. */
    static final int TOP_LOGPROBS = 20;

    public Generation generation() {
        return this == GENERATE ? Generation.greedy(GENERATE_MAX_TOKENS)
                : Generation.labelProbabilities(TOP_LOGPROBS);
    }

    /** Room to reason before the final answer (chain-of-thought template; read by generate + extraction). */
    static final int CHAIN_OF_THOUGHT_MAX_TOKENS = 512;

    /** Greedy decoding with {@value #CHAIN_OF_THOUGHT_MAX_TOKENS} tokens: the chain-of-thought template's budget. */
    public static Generation chainOfThought() {
        return Generation.greedy(CHAIN_OF_THOUGHT_MAX_TOKENS);
    }
}
