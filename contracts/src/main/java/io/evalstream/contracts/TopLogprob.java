package io.evalstream.contracts;

/** One alternative token at a position, with its natural-log probability. */
public record TopLogprob(String token, double logprob) {
}
