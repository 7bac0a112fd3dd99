package io.evalstream.scoring.rating;

import java.time.Instant;
import java.util.Objects;

/**
 * One pairwise comparison (PROTOCOLS.md, item kind "battle": model_a, model_b, winner a / b / tie / both bad,
 * judge, time), from an arena run or an imported battle log. Judge and time are optional (null).
 */
public record Battle(String modelA, String modelB, Outcome outcome, String judge, Instant time) {

    /** The verdict: A or B won, a tie, or a tie in which both answers were bad (Chatbot Arena's "tie (bothbad)"). */
    public enum Outcome {
        A, B, TIE, BOTH_BAD;

        /** The score of model A: 1, 0 or 0.5 for either kind of tie. */
        public double scoreOfA() {
            return switch (this) {
                case A -> 1.0;
                case B -> 0.0;
                case TIE, BOTH_BAD -> 0.5;
            };
        }
    }

    /** How a both-bad verdict counts: as a tie (the Arena's default) or not at all. */
    public enum BothBad {
        TIE, SKIP
    }

    public Battle {
        Objects.requireNonNull(modelA, "modelA");
        Objects.requireNonNull(modelB, "modelB");
        Objects.requireNonNull(outcome, "outcome");
        if (modelA.equals(modelB)) {
            throw new IllegalArgumentException("a model cannot battle itself: " + modelA);
        }
    }

    public static Battle of(String modelA, String modelB, Outcome outcome) {
        return new Battle(modelA, modelB, outcome, null, null);
    }

    boolean counts(BothBad policy) {
        return !(outcome == Outcome.BOTH_BAD && policy == BothBad.SKIP);
    }
}
