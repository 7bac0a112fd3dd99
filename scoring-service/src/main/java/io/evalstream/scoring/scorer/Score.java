package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ScoreValue;
import java.util.Objects;

/**
 * The outcome of scoring one response. {@code score} is the number metrics average (1 or 0 for a judged
 * answer, null when there is nothing to count); {@code answer} is what the filter read; {@code filter} names the
 * extraction, so results are keyed by procedure; {@code explanation} says why, in words a reader can check.
 */
public record Score(ScoreValue value, Double score, String answer, String filter, String explanation) {
    public Score {
        Objects.requireNonNull(value, "value");
    }

    /** CORRECT or INCORRECT, comparing the read answer with the reference exactly. */
    public static Score judged(String answer, String reference, String filter, String explanation) {
        boolean correct = answer.equals(reference);
        return new Score(correct ? ScoreValue.CORRECT : ScoreValue.INCORRECT, correct ? 1.0 : 0.0, answer, filter,
                explanation);
    }

    /** The answer could not be read: counted and shown, never scored as wrong. */
    public static Score unscored(String filter, String explanation) {
        return new Score(ScoreValue.UNSCORED, null, null, filter, explanation);
    }

    /** No answer arrived (ERROR or TIMEOUT): counted apart from wrong answers. */
    public static Score error(String filter, String explanation) {
        return new Score(ScoreValue.ERROR, null, null, filter, explanation);
    }
}
