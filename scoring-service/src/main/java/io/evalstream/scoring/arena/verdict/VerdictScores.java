package io.evalstream.scoring.arena.verdict;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.scoring.scorer.Score;

/** The score row of a read verdict, shared by both pairwise scorers. */
final class VerdictScores {
    private VerdictScores() {
    }

    static Score of(Verdict verdict, String filter, ResponseReceived response) {
        String first = response.scoring().attributes().getOrDefault("first", "first");
        String second = response.scoring().attributes().getOrDefault("second", "second");
        String explanation = switch (verdict.slot()) {
            case FIRST -> "prefers the first slot (" + first + ")";
            case SECOND -> "prefers the second slot (" + second + ")";
            case TIE -> "tie between " + first + " and " + second;
        };
        return new Score(ScoreValue.PARTIAL, verdict.pFirst(), verdict.label(), filter,
                explanation + String.format(", P(first) = %.3f", verdict.pFirst()));
    }

    static String excerpt(String text) {
        if (text == null) {
            return "(no text)";
        }
        String t = text.strip();
        return "'" + (t.length() > 80 ? t.substring(0, 80) + "..." : t) + "'";
    }
}
