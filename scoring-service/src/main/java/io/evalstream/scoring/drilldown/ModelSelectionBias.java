package io.evalstream.scoring.drilldown;

import java.util.List;

/**
 * Selection bias of one model over the run's items with {@code k} options (PriDe paper): recall per gold
 * position, how often each position was answered ({@code predictedCounts}, the option-position distribution),
 * RStd with a seeded bootstrap 95% interval over responses, and accuracy with its Wilson interval, over the
 * {@code n} responses whose answer was read. {@code unread} counts responses left out (no readable label).
 */
public record ModelSelectionBias(String modelId, int k, long n, long unread, List<Double> recalls,
        List<Integer> goldCounts, List<Long> predictedCounts, Double rstd, Double rstdLow, Double rstdHigh,
        Double accuracy, Double ciLow, Double ciHigh) {
}
