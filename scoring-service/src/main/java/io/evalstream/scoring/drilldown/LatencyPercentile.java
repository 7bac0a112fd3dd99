package io.evalstream.scoring.drilldown;

/**
 * One latency percentile (type 7) with its distribution-free 95% interval from order statistics (the ranks
 * n q -/+ 1.96 sqrt(n q (1 - q)) of the sorted sample), in milliseconds.
 */
public record LatencyPercentile(double q, double valueMs, double lowMs, double highMs) {
}
