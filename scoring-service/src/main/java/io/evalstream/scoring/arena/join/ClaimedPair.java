package io.evalstream.scoring.arena.join;

/** A ready pair claimed by this instance for sending; marked EMITTED once its requests are acknowledged. */
public record ClaimedPair(String runId, String itemId, String modelA, String modelB) {
}
