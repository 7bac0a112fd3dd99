package io.evalstream.scoring.report.strange;

/**
 * The control delta of one model by one measure: the paired mean over twins of (control item score -
 * self-referential item score), with its seeded 95% bootstrap interval over the {@code twins}.
 */
public record ControlDeltaRow(String modelId, String measure, int twins, double delta, double low, double high) {
}
