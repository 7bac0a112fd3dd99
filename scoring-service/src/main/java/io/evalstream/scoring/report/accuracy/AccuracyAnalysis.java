package io.evalstream.scoring.report.accuracy;

import io.evalstream.scoring.comparison.ItemMean;
import io.evalstream.scoring.comparison.ItemPairedTest;
import io.evalstream.scoring.comparison.NeighbourComparison;
import io.evalstream.scoring.statistics.ClusteredStandardError;
import io.evalstream.scoring.statistics.ExactBinomialTest;
import io.evalstream.scoring.statistics.HolmBonferroni;
import io.evalstream.scoring.statistics.Proportion;
import io.evalstream.scoring.statistics.WilsonInterval;
import io.evalstream.scoring.store.ReportRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Folds a run's choice and true/false score rows into the {@code accuracy} section (pure: {@link AccuracyReport}
 * feeds it the stored rows, tests feed it rows by hand). Accuracy per model x scorer x filter x option count;
 * comparisons per pair of models over all their shared items, ordered by accuracy (the leaderboard's order).
 */
public final class AccuracyAnalysis {
    public static final String METRIC_VERSION = "accuracy-v1";

    private final int rounds;
    private final long seed;
    private final Map<String, Group> groups = new TreeMap<>();
    private final Map<String, Map<String, double[]>> itemSums = new TreeMap<>();

    public AccuracyAnalysis(int rounds, long seed) {
        this.rounds = rounds;
        this.seed = seed;
    }

    private static final class Group {
        final String model;
        final String scorer;
        final String filter;
        final int options;
        final Map<String, List<Double>> byItem = new LinkedHashMap<>();
        long unscored;
        long errors;

        Group(String model, String scorer, String filter, int options) {
            this.model = model;
            this.scorer = scorer;
            this.filter = filter;
            this.options = options;
        }
    }

    public void add(ReportRow row) {
        int k = row.labels() == null ? 0 : row.labels().size();
        String key = row.modelId() + "\u0000" + row.scorer() + "\u0000" + row.filter() + "\u0000" + k;
        Group group = groups.computeIfAbsent(key, x -> new Group(row.modelId(), row.scorer(), row.filter(), k));
        if ("ERROR".equals(row.value())) {
            group.errors++;
        } else if (!row.scored()) {
            group.unscored++;
        } else {
            group.byItem.computeIfAbsent(row.itemId(), i -> new ArrayList<>()).add(row.score());
            double[] sum = itemSums.computeIfAbsent(row.modelId(), m -> new TreeMap<>())
                    .computeIfAbsent(row.itemId(), i -> new double[3]);
            sum[0] += row.score();
            sum[1]++;
            if (row.score() != 0.0 && row.score() != 1.0) {
                sum[2] = 1;
            }
        }
    }

    public Optional<AccuracySection> section() {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        List<AccuracyRow> rows = new ArrayList<>();
        for (Group group : groups.values()) {
            rows.add(row(group));
        }
        return Optional.of(new AccuracySection(METRIC_VERSION, WilsonInterval.CONFIDENCE_95, rounds, seed, rows,
                comparisons()));
    }

    private static AccuracyRow row(Group group) {
        long n = 0;
        double correct = 0;
        List<double[]> clusters = new ArrayList<>(group.byItem.size());
        for (List<Double> scores : group.byItem.values()) {
            double[] cluster = new double[scores.size()];
            for (int i = 0; i < cluster.length; i++) {
                cluster[i] = scores.get(i);
                correct += cluster[i];
            }
            n += cluster.length;
            clusters.add(cluster);
        }
        double chance = group.options > 0 ? 1.0 / group.options : Double.NaN;
        Proportion accuracy = WilsonInterval.of95(correct, n);
        Double p = n > 0 && group.options > 0
                ? ExactBinomialTest.test((int) Math.round(correct), (int) n, chance).pValue() : null;
        Double se = n > 0 ? ClusteredStandardError.of(clusters).standardError() : null;
        return new AccuracyRow(group.model, group.scorer, group.filter, group.options, n, group.byItem.size(), correct,
                accuracy.estimate(), accuracy.low(), accuracy.high(), chance, p, se, group.unscored, group.errors);
    }

    private List<ComparisonRow> comparisons() {
        Map<String, Map<String, ItemMean>> means = new TreeMap<>();
        Map<String, Double> overall = new TreeMap<>();
        itemSums.forEach((model, items) -> {
            Map<String, ItemMean> m = new LinkedHashMap<>();
            double total = 0;
            for (Map.Entry<String, double[]> e : items.entrySet()) {
                double[] s = e.getValue();
                m.put(e.getKey(), new ItemMean(s[0] / s[1], (int) s[1], s[2] == 0));
                total += s[0] / s[1];
            }
            means.put(model, m);
            overall.put(model, items.isEmpty() ? 0 : total / items.size());
        });
        List<String> ranked = new ArrayList<>(means.keySet());
        ranked.sort(Comparator.comparing((String m) -> -overall.get(m)).thenComparing(m -> m));
        List<String[]> pairs = new ArrayList<>();
        List<ItemPairedTest> tests = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            for (int j = i + 1; j < ranked.size(); j++) {
                String a = ranked.get(i);
                String b = ranked.get(j);
                ItemPairedTest.compare(means.get(a), means.get(b), rounds, seed).ifPresent(t -> {
                    pairs.add(new String[] { a, b });
                    tests.add(t);
                });
            }
        }
        double[] adjusted = HolmBonferroni.adjust(tests.stream().mapToDouble(ItemPairedTest::pValue).toArray());
        List<ComparisonRow> rows = new ArrayList<>(tests.size());
        for (int i = 0; i < tests.size(); i++) {
            ItemPairedTest t = tests.get(i);
            String a = pairs.get(i)[0];
            String b = pairs.get(i)[1];
            rows.add(new ComparisonRow(a, b, t.test(), t.n(), shared(means.get(a), means.get(b)),
                    shared(means.get(b), means.get(a)), t.difference(), t.bootstrapLow(), t.bootstrapHigh(),
                    t.mcnemarPValue(), t.bootstrapPValue(), t.pValue(), adjusted[i],
                    adjusted[i] < NeighbourComparison.ALPHA));
        }
        return rows;
    }

    /** Mean item score of {@code first} over the items it shares with {@code second}. */
    private static double shared(Map<String, ItemMean> first, Map<String, ItemMean> second) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, ItemMean> e : first.entrySet()) {
            if (second.containsKey(e.getKey())) {
                sum += e.getValue().mean();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
