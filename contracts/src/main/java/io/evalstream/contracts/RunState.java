package io.evalstream.contracts;

/** Life cycle of a run as seen by its observers. */
public enum RunState {
    PLANNED, RUNNING, COMPLETED, CANCELLED, FAILED
}
