package io.evalstream.scoring.arena.report;

import java.time.Instant;

/**
 * One judge request's outcome (a row of {@code arena_battle}): the judge saw {@code first} then {@code second}.
 * {@code verdict} is A, B or C and {@code pFirst} P(first better) when the status is JUDGED, else null.
 */
public record Game(String itemId, String judge, String first, String second, String status, String verdict,
        Double pFirst, int wordsFirst, int wordsSecond, double costUsd, long inputTokens, long outputTokens,
        Instant time) {
    public boolean judged() {
        return "JUDGED".equals(status) && verdict != null && pFirst != null;
    }
}
