package io.evalstream.contracts;

/**
 * Outcome of scoring one response. UNSCORED (the answer could not be read) and ERROR (no answer arrived) are
 * counted and shown apart; metrics skip them instead of counting them as wrong.
 */
public enum ScoreValue {
    CORRECT, INCORRECT, PARTIAL, UNSCORED, ERROR;

    /** Whether this outcome enters accuracy-style metrics. */
    public boolean scored() {
        return this == CORRECT || this == INCORRECT || this == PARTIAL;
    }
}
