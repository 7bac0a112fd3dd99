package io.evalstream.scoring.store;

/** What one batch adds to a run's progress: newly stored terminal responses, and how many of them failed. */
public record ProgressDelta(long received, long errors) {

    ProgressDelta plus(ScoreRow row) {
        return new ProgressDelta(received + 1, errors + (row.failed() ? 1 : 0));
    }
}
