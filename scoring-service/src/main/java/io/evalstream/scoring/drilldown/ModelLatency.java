package io.evalstream.scoring.drilldown;

import java.util.List;

/**
 * Latency of one model's terminal responses in a run (n of them), its percentiles with intervals, and what the
 * responses cost so far ({@code costUsd} null when no response carried a cost).
 */
public record ModelLatency(String modelId, long n, double meanMs, long maxMs, List<LatencyPercentile> percentiles,
        Double costUsd, long inputTokens, long outputTokens) {
}
