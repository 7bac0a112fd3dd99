package io.evalstream.scoring.arena.join;

/** A contestant's answer to one prompt, as the join stores it ({@code ok} false: it failed and cannot be judged). */
public record ArenaAnswer(String runId, String itemId, String modelId, String requestId, boolean ok, String answer,
        int words, String prompt, String reference, String failure) {
}
