package io.evalstream.inference.provider;

import io.evalstream.contracts.EvaluationRequested;

/**
 * Asked right before a request goes out to a model (each attempt, after waiting for a per-endpoint permit):
 * whether the call may still be made. A request of a run cancelled meanwhile fails with kind {@link #CANCELLED},
 * and the batch processor drops it (no response), so that waiting in a queue never outlives a cancellation.
 */
public interface CallGate {
    /** The error kind of a call refused because its run was cancelled. */
    String CANCELLED = "CANCELLED";

    /** Lets every call through (tests of providers alone). */
    CallGate OPEN = request -> true;

    boolean mayCall(EvaluationRequested request);
}
