package io.evalstream.item.run;

/**
 * item-service's own view of a run: PLANNING until every event of the run is acknowledged by the broker,
 * then EMITTED; CANCELLED once its {@code RunCancelled} is on the broker (a resume makes it PLANNING, then
 * EMITTED, again). Completion is scoring-service's business ({@code RunStatusChanged}); this status only says
 * whether the run still needs emitting.
 */
public enum RunStatus {
    PLANNING, EMITTED, CANCELLED
}
