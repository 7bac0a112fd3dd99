package io.evalstream.scoring.store;

/** A run's progress after a run event, and whether that event is the one that completed the run. */
public record RunTransition(RunProgress progress, boolean completedNow) {
}
