package io.evalstream.scoring.metric;

import io.evalstream.scoring.comparison.NeighbourComparison;
import java.util.Map;

/**
 * One model's line on a leaderboard: accuracy over all its scored responses with the Wilson 95% interval and
 * {@code n}, the counts shown beside it (errors and unscored are not wrong answers), and the same per slice.
 * {@code runId} is the run the numbers come from (a suite leaderboard mixes runs). {@code costUsd} is what the
 * model's responses in that run cost (the sum of their known costs; cached answers cost 0). {@code vsNext} is the
 * paired test against the row ranked just below (null for the last scored row, or before it is computed).
 */
public record LeaderboardRow(int rank, String runId, String modelId, Double accuracy, Double ciLow, Double ciHigh,
        long n, long total, long correct, long errors, long unscored, Map<String, SliceAccuracy> slices,
        double costUsd, NeighbourComparison vsNext) {

    /** A row without its cost and neighbour test. */
    public LeaderboardRow(int rank, String runId, String modelId, Double accuracy, Double ciLow, Double ciHigh,
            long n, long total, long correct, long errors, long unscored, Map<String, SliceAccuracy> slices) {
        this(rank, runId, modelId, accuracy, ciLow, ciHigh, n, total, correct, errors, unscored, slices, 0.0, null);
    }

    /** A row without its neighbour test. */
    public LeaderboardRow(int rank, String runId, String modelId, Double accuracy, Double ciLow, Double ciHigh,
            long n, long total, long correct, long errors, long unscored, Map<String, SliceAccuracy> slices,
            double costUsd) {
        this(rank, runId, modelId, accuracy, ciLow, ciHigh, n, total, correct, errors, unscored, slices, costUsd,
                null);
    }

    public LeaderboardRow withVsNext(NeighbourComparison comparison) {
        return new LeaderboardRow(rank, runId, modelId, accuracy, ciLow, ciHigh, n, total, correct, errors, unscored,
                slices, costUsd, comparison);
    }
}
