package io.evalstream.scoring.drilldown;

/**
 * Responses of one model with k options whose gold answer was shown at {@code gold} and whose read answer was at
 * {@code predicted} (0-based; -1 when the answer was not one of the labels, e.g. unscored).
 */
public record PositionCount(String modelId, int k, int gold, int predicted, long count) {
}
