package io.evalstream.inference.consumer;

/** What became of one consumed batch: responses written and poison records dead-lettered. */
public record BatchOutcome(int answered, int deadLettered) {
}
