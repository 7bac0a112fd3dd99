package io.evalstream.contracts;

/** Terminal state of one request (invariant 4: exactly one terminal response per request). */
public enum ResponseStatus {
    OK, ERROR, TIMEOUT, REFUSED;

    /** Whether the model produced an answer that can be scored; the others are counted as errors, never as wrong. */
    public boolean answered() {
        return this == OK || this == REFUSED;
    }
}
