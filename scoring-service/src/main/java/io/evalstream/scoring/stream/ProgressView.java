package io.evalstream.scoring.stream;

import io.evalstream.contracts.RunState;

/** Data of a {@code progress} event. {@code planned} is null until the run's plan has arrived. */
public record ProgressView(String runId, Long planned, long received, long errors, RunState state) {
}
