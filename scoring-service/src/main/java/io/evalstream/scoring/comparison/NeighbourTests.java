package io.evalstream.scoring.comparison;

import io.evalstream.scoring.metric.LeaderboardRow;
import io.evalstream.scoring.statistics.HolmBonferroni;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Paired significance between neighbours of a ranked leaderboard: is the model above really better than the one
 * just below it on the same items? Adjacent pairs only (m - 1 tests for m models), Holm-adjusted together, so
 * the markers of one leaderboard control the family-wise error at 5%. Deterministic: the bootstrap is seeded.
 */
public final class NeighbourTests {
    static final int BOOTSTRAP_ROUNDS = 2_000;
    static final long SEED = 20_240_501L;

    private NeighbourTests() {
    }

    /**
     * @param ranked    rows in rank order
     * @param itemMeans per row, the model's item means in that row's run (item id to mean)
     * @return the rows, each with {@code vsNext} set when it and the row below share scored items
     */
    public static List<LeaderboardRow> annotate(List<LeaderboardRow> ranked,
            Function<LeaderboardRow, Map<String, ItemMean>> itemMeans) {
        List<LeaderboardRow> scored = ranked.stream().filter(r -> r.accuracy() != null).toList();
        List<Partial> partials = new ArrayList<>();
        List<Map<String, ItemMean>> means = scored.stream().map(itemMeans).toList();
        for (int i = 0; i + 1 < scored.size(); i++) {
            Partial partial = compare(scored.get(i), scored.get(i + 1), means.get(i), means.get(i + 1));
            if (partial != null) {
                partials.add(partial);
            }
        }
        double[] adjusted = HolmBonferroni.adjust(partials.stream().mapToDouble(Partial::pValue).toArray());
        List<LeaderboardRow> out = new ArrayList<>(ranked.size());
        for (LeaderboardRow row : ranked) {
            NeighbourComparison found = null;
            for (int i = 0; i < partials.size(); i++) {
                Partial p = partials.get(i);
                if (p.upper() == row) {
                    found = new NeighbourComparison(row.modelId(), p.lower().modelId(), p.test(), p.n(),
                            p.difference(), p.low(), p.high(), p.pValue(), adjusted[i],
                            adjusted[i] < NeighbourComparison.ALPHA);
                }
            }
            out.add(found == null ? row : row.withVsNext(found));
        }
        return List.copyOf(out);
    }

    /**
     * The rows with the tests of {@code previous} kept where the same two models are still neighbours, so that a
     * live stream can re-test at a slower pace than it re-ranks.
     */
    public static List<LeaderboardRow> carryOver(List<LeaderboardRow> rows, List<LeaderboardRow> previous) {
        List<LeaderboardRow> out = new ArrayList<>(rows.size());
        List<LeaderboardRow> scored = rows.stream().filter(r -> r.accuracy() != null).toList();
        for (LeaderboardRow row : rows) {
            int i = scored.indexOf(row);
            String next = i >= 0 && i + 1 < scored.size() ? scored.get(i + 1).modelId() : null;
            NeighbourComparison kept = previous == null ? null : previous.stream()
                    .filter(p -> p.modelId().equals(row.modelId()) && p.vsNext() != null
                            && p.vsNext().nextModelId().equals(next))
                    .map(LeaderboardRow::vsNext).findFirst().orElse(null);
            out.add(kept == null ? row : row.withVsNext(kept));
        }
        return List.copyOf(out);
    }

    private record Partial(LeaderboardRow upper, LeaderboardRow lower, String test, int n, double difference,
            Double low, Double high, double pValue) {
    }

    private static Partial compare(LeaderboardRow upper, LeaderboardRow lower, Map<String, ItemMean> first,
            Map<String, ItemMean> second) {
        return ItemPairedTest.compare(first, second, BOOTSTRAP_ROUNDS, SEED)
                .map(t -> t.mcnemarPValue() != null
                        ? new Partial(upper, lower, t.test(), t.n(), t.difference(), null, null, t.pValue())
                        : new Partial(upper, lower, t.test(), t.n(), t.difference(), t.bootstrapLow(),
                                t.bootstrapHigh(), t.pValue()))
                .orElse(null);
    }
}
