package io.evalstream.scoring.rewardbench;

import io.evalstream.scoring.statistics.Proportion;
import io.evalstream.scoring.statistics.RewardBenchScore;
import io.evalstream.scoring.store.ReportRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Folds a run's reward-pair score rows into the {@link RewardBenchSection}: the games of each (judge, pair) become
 * one {@link RewardBenchScore.Outcome}, and {@link RewardBenchScore} gives the subset accuracies and section
 * scores. Pure, so its figures are checked against hand-worked values without a database.
 */
public final class RewardBenchMetrics {
    public static final String METRIC_VERSION = "reward-bench-v1";
    static final String PAIR_RULE = "1 if every answered game prefers the chosen response (a tie-labelled pair: "
            + "calls it a tie), 0 if every game prefers the rejected one, else 0.5 (tie, unparsable verdict, or "
            + "games that disagree)";

    private final Map<String, Map<String, PairAcc>> judges = new TreeMap<>();
    private final java.util.Set<String> filters = new TreeSet<>();

    public void add(ReportRow row) {
        if (!RewardPairVerdicts.NAME.equals(row.scorer())) {
            return;
        }
        PairAcc pair = judges.computeIfAbsent(row.modelId(), m -> new TreeMap<>())
                .computeIfAbsent(row.itemId(), i -> new PairAcc());
        if (row.filter() != null) {
            filters.add(row.filter());
        }
        String subset = row.details() == null ? "" : row.details().path(RewardPairVerdicts.SUBSET).asText("");
        if (!subset.isEmpty()) {
            pair.subset = subset;
        } else if (pair.subset == null && !row.slices().isEmpty()) {
            pair.subset = row.slices().get(0);
        }
        if ("ERROR".equals(row.value())) {
            pair.errors++;
        } else if (row.details() != null
                && RewardPairVerdicts.UNPARSED.equals(row.details().path(RewardPairVerdicts.PREFERRED).asText())) {
            pair.unparsed++;
            pair.credits.add(0.5);
        } else if (row.score() != null) {
            pair.credits.add(row.score());
        } else {
            pair.unparsed++;
            pair.credits.add(0.5);
        }
    }

    /** The section, or null when no reward-pair row was seen. */
    public RewardBenchSection section() {
        if (judges.isEmpty()) {
            return null;
        }
        List<RewardBenchSection.SubsetRow> subsetRows = new ArrayList<>();
        List<RewardBenchSection.SectionRow> sectionRows = new ArrayList<>();
        for (Map.Entry<String, Map<String, PairAcc>> judge : judges.entrySet()) {
            Map<String, List<RewardBenchScore.Pair>> bySection = new TreeMap<>();
            Map<String, long[]> counts = new TreeMap<>();
            for (Map.Entry<String, PairAcc> entry : judge.getValue().entrySet()) {
                PairAcc pair = entry.getValue();
                String subset = pair.subset == null ? "(none)" : pair.subset;
                long[] c = counts.computeIfAbsent(subset, s -> new long[5]);
                c[3] += pair.unparsed;
                c[4] += pair.errors;
                RewardBenchScore.Outcome outcome = pair.outcome();
                if (outcome == null) {
                    continue;
                }
                c[outcome.ordinal()]++;
                bySection.computeIfAbsent(RewardBenchSections.sectionOf(subset), s -> new ArrayList<>())
                        .add(new RewardBenchScore.Pair(entry.getKey(), subset, outcome));
            }
            for (Map.Entry<String, List<RewardBenchScore.Pair>> section : bySection.entrySet()) {
                RewardBenchScore.Result result = RewardBenchScore.of(section.getValue());
                for (RewardBenchScore.Subset subset : result.subsets()) {
                    long[] c = counts.remove(subset.subset());
                    Proportion a = subset.accuracy();
                    subsetRows.add(new RewardBenchSection.SubsetRow(judge.getKey(), section.getKey(), subset.subset(),
                            a.n(), a.estimate(), a.low(), a.high(), c[0], c[2], c[1], c[3], c[4]));
                }
                Proportion s = result.section();
                sectionRows.add(new RewardBenchSection.SectionRow(judge.getKey(), section.getKey(),
                        result.subsets().size(), s.n(), s.estimate(), s.low(), s.high()));
            }
            // subsets whose every game failed: shown with n = 0 so their errors are not hidden
            counts.forEach((subset, c) -> subsetRows.add(new RewardBenchSection.SubsetRow(judge.getKey(),
                    RewardBenchSections.sectionOf(subset), subset, 0, null, null, null, 0, 0, 0, c[3], c[4])));
        }
        return new RewardBenchSection(METRIC_VERSION, RewardPairVerdicts.NAME, String.join(",", filters), PAIR_RULE,
                subsetRows, sectionRows);
    }

    private static final class PairAcc {
        final List<Double> credits = new ArrayList<>();
        String subset;
        long unparsed;
        long errors;

        /** Null when no game was answered. */
        RewardBenchScore.Outcome outcome() {
            if (credits.isEmpty()) {
                return null;
            }
            if (credits.stream().allMatch(c -> c == 1.0)) {
                return RewardBenchScore.Outcome.CHOSEN_WINS;
            }
            if (credits.stream().allMatch(c -> c == 0.0)) {
                return RewardBenchScore.Outcome.REJECTED_WINS;
            }
            return RewardBenchScore.Outcome.TIE_OR_UNPARSED;
        }
    }
}
