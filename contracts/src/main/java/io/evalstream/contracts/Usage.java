package io.evalstream.contracts;

/** Token counts as the provider reported them. */
public record Usage(int inputTokens, int outputTokens) {
}
