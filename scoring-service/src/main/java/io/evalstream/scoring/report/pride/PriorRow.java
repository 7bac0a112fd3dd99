package io.evalstream.scoring.report.pride;

/**
 * The estimated position prior of one model at one displayed position (label): the mean over the calibration items
 * of their per-item priors, with a seeded 95% percentile bootstrap interval over those items (n = calibration items).
 */
public record PriorRow(String modelId, int options, String position, double prior, double low, double high, int n) {
}
