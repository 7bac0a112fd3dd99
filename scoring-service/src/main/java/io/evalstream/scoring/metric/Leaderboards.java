package io.evalstream.scoring.metric;

import io.evalstream.scoring.statistics.Proportion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds leaderboard rows from accuracy aggregates: one row per model from its {@code all} slice, the other
 * slices beside it, sorted by accuracy (models without a scored response last), ranked 1.. with equal accuracies
 * sharing a rank.
 */
public final class Leaderboards {
    private static final Comparator<LeaderboardRow> ORDER = Comparator
            .comparing(LeaderboardRow::accuracy, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(LeaderboardRow::n, Comparator.reverseOrder())
            .thenComparing(LeaderboardRow::modelId);

    private Leaderboards() {
    }

    /**
     * @param stats accuracy aggregates, any slices, of one run or of several runs (one run per model)
     * @param runId the run of {@code plannedModels}
     * @param plannedModels models that get a row even before their first response arrives
     */
    public static List<LeaderboardRow> rank(Collection<AccuracyStats> stats, String runId,
            Collection<String> plannedModels) {
        Map<String, List<AccuracyStats>> byModel = new LinkedHashMap<>();
        for (String model : plannedModels) {
            byModel.put(model, new ArrayList<>());
        }
        for (AccuracyStats stat : stats) {
            if (Metrics.ACCURACY.equals(stat.metric())) {
                byModel.computeIfAbsent(stat.modelId(), m -> new ArrayList<>()).add(stat);
            }
        }
        List<LeaderboardRow> rows = new ArrayList<>();
        byModel.forEach((model, modelStats) -> rows.add(row(model, runId, modelStats)));
        rows.sort(ORDER);
        List<LeaderboardRow> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            LeaderboardRow row = rows.get(i);
            int rank = i + 1;
            if (i > 0 && row.accuracy() != null && Objects.equals(row.accuracy(), rows.get(i - 1).accuracy())) {
                rank = ranked.get(i - 1).rank();
            }
            ranked.add(new LeaderboardRow(rank, row.runId(), row.modelId(), row.accuracy(), row.ciLow(), row.ciHigh(),
                    row.n(), row.total(), row.correct(), row.errors(), row.unscored(), row.slices(), row.costUsd()));
        }
        return List.copyOf(ranked);
    }

    private static LeaderboardRow row(String model, String plannedRunId, List<AccuracyStats> stats) {
        AccuracyStats all = null;
        Map<String, SliceAccuracy> slices = new TreeMap<>();
        for (AccuracyStats stat : stats) {
            if (Slices.ALL.equals(stat.slice())) {
                all = stat;
            } else {
                Proportion p = stat.accuracy();
                slices.put(stat.slice(), new SliceAccuracy(p.estimate(), p.low(), p.high(), p.n()));
            }
        }
        if (all == null) {
            String runId = stats.isEmpty() ? plannedRunId : stats.get(0).runId();
            return new LeaderboardRow(0, runId, model, null, null, null, 0, 0, 0, 0, 0, slices);
        }
        Proportion p = all.accuracy();
        return new LeaderboardRow(0, all.runId(), model, p.estimate(), p.low(), p.high(), all.nScored(),
                all.nTotal(), all.correct(), all.errors(), all.unscored(), slices, all.costUsd());
    }
}
