package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ScoreValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of scoring one response. {@code score} is the number metrics average (1 or 0 for a judged
 * answer, null when there is nothing to count); {@code answer} is what the filter read; {@code filter} names the
 * extraction, so results are keyed by procedure; {@code explanation} says why, in words a reader can check.
 *
 * <p>{@code details} (nullable) is what a protocol's metrics need beyond one number, e.g. the whole label
 * distribution for PriDe and survey metrics or the two log-likelihoods of a CrowS-Pairs pair. It is stored as
 * JSON in {@code score.details} (values must be JSON-writable: numbers, strings, booleans, lists, maps), so a
 * report reads it back from the same row that was counted, never from a side calculation.
 */
public record Score(ScoreValue value, Double score, String answer, String filter, String explanation,
        Map<String, Object> details) {
    public Score {
        Objects.requireNonNull(value, "value");
        details = details == null || details.isEmpty() ? null : java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(details));
    }

    /** A score without details. */
    public Score(ScoreValue value, Double score, String answer, String filter, String explanation) {
        this(value, score, answer, filter, explanation, null);
    }

    /** This score carrying {@code value} as its details. */
    public Score withDetails(Map<String, Object> value) {
        return new Score(this.value, score, answer, filter, explanation, value);
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
