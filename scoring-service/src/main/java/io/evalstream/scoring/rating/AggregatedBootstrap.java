package io.evalstream.scoring.rating;

import io.evalstream.scoring.statistics.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The Bradley-Terry bootstrap of {@link BradleyTerryBootstrap} for very many battles: the battles are aggregated
 * once into cells (pair x outcome), each round draws n battles with replacement as n uniform indices mapped to
 * their cells (an exact multinomial resample, not an approximation) and fits from the resampled pair counts, so
 * a round costs O(n) integer work plus one fit over the models instead of building n battle objects. Same
 * percentiles, ranks and anchor handling; a round in which a model drew no battle leaves it out of that round.
 * Needs every model to appear in the battles (rounds without the anchor are skipped, as there).
 */
public final class AggregatedBootstrap {
    private AggregatedBootstrap() {
    }

    /** Battles aggregated into cells: {@code cellOf[k]} is battle k's cell; a cell is (i, j, score of i). */
    public static final class Cells {
        final List<String> models;
        final int[] cellOf;
        final int[] cellI;
        final int[] cellJ;
        final double[] cellScore;

        private Cells(List<String> models, int[] cellOf, int[] cellI, int[] cellJ, double[] cellScore) {
            this.models = models;
            this.cellOf = cellOf;
            this.cellI = cellI;
            this.cellJ = cellJ;
            this.cellScore = cellScore;
        }

        public int battles() {
            return cellOf.length;
        }

        public int cells() {
            return cellI.length;
        }

        public List<String> models() {
            return models;
        }
    }

    public static Cells aggregate(List<Battle> battles, Battle.BothBad bothBad) {
        TreeSet<String> names = new TreeSet<>();
        for (Battle b : battles) {
            names.add(b.modelA());
            names.add(b.modelB());
        }
        List<String> models = new ArrayList<>(names);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < models.size(); i++) {
            index.put(models.get(i), i);
        }
        Map<Long, Integer> cellIds = new HashMap<>();
        List<int[]> cellPairs = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        int[] cellOf = new int[battles.size()];
        int n = 0;
        for (Battle b : battles) {
            if (!b.counts(bothBad)) {
                continue;
            }
            int i = index.get(b.modelA());
            int j = index.get(b.modelB());
            double s = b.outcome().scoreOfA();
            if (i > j) {
                int t = i;
                i = j;
                j = t;
                s = 1 - s;
            }
            long key = ((long) i * models.size() + j) * 3 + (int) Math.round(s * 2);
            final int ci = i;
            final int cj = j;
            final double cs = s;
            Integer id = cellIds.computeIfAbsent(key, k -> {
                cellPairs.add(new int[] { ci, cj });
                scores.add(cs);
                return cellPairs.size() - 1;
            });
            cellOf[n++] = id;
        }
        int[] cellI = new int[cellPairs.size()];
        int[] cellJ = new int[cellPairs.size()];
        double[] cellScore = new double[cellPairs.size()];
        for (int c = 0; c < cellI.length; c++) {
            cellI[c] = cellPairs.get(c)[0];
            cellJ[c] = cellPairs.get(c)[1];
            cellScore[c] = scores.get(c);
        }
        return new Cells(models, Arrays.copyOf(cellOf, n), cellI, cellJ, cellScore);
    }

    static double[][] wins(Cells cells, int[] counts) {
        int m = cells.models.size();
        double[][] wins = new double[m][m];
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                wins[cells.cellI[c]][cells.cellJ[c]] += counts[c] * cells.cellScore[c];
                wins[cells.cellJ[c]][cells.cellI[c]] += counts[c] * (1 - cells.cellScore[c]);
            }
        }
        return wins;
    }

    public static BradleyTerryBootstrap.Result compute(Cells cells, BradleyTerry.Config config, int rounds,
            long seed) {
        if (rounds < BradleyTerryBootstrap.MIN_ROUNDS || rounds > BradleyTerryBootstrap.MAX_ROUNDS) {
            throw new IllegalArgumentException("rounds must be in " + BradleyTerryBootstrap.MIN_ROUNDS + ".."
                    + BradleyTerryBootstrap.MAX_ROUNDS + ": " + rounds);
        }
        int n = cells.battles();
        if (n == 0) {
            throw new IllegalArgumentException("no battles");
        }
        int m = cells.models.size();
        int[] all = new int[cells.cells()];
        for (int k : cells.cellOf) {
            all[k]++;
        }
        Map<String, Double> point = BradleyTerry.fitWins(cells.models, wins(cells, all), n, config).ratings();
        int anchor = config.anchor() == null ? -1 : cells.models.indexOf(config.anchor());
        double[][] samples = new double[m][rounds];
        int[] sampleCounts = new int[m];
        SplittableRandom random = new SplittableRandom(seed);
        int skipped = 0;
        int[] counts = new int[cells.cells()];
        for (int r = 0; r < rounds; r++) {
            Arrays.fill(counts, 0);
            for (int k = 0; k < n; k++) {
                counts[cells.cellOf[random.nextInt(n)]]++;
            }
            boolean[] present = new boolean[m];
            for (int c = 0; c < counts.length; c++) {
                if (counts[c] > 0) {
                    present[cells.cellI[c]] = true;
                    present[cells.cellJ[c]] = true;
                }
            }
            if (anchor >= 0 && !present[anchor]) {
                skipped++;
                continue;
            }
            List<String> drawn = new ArrayList<>();
            int[] map = new int[m];
            for (int i = 0; i < m; i++) {
                map[i] = present[i] ? drawn.size() : -1;
                if (present[i]) {
                    drawn.add(cells.models.get(i));
                }
            }
            double[][] full = wins(cells, counts);
            double[][] w = full;
            if (drawn.size() < m) {
                w = new double[drawn.size()][drawn.size()];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        if (map[i] >= 0 && map[j] >= 0) {
                            w[map[i]][map[j]] = full[i][j];
                        }
                    }
                }
            }
            Map<String, Double> fitted = BradleyTerry.fitWins(drawn, w, n, config).ratings();
            for (int i = 0; i < m; i++) {
                Double v = fitted.get(cells.models.get(i));
                if (v != null) {
                    samples[i][sampleCounts[i]++] = v;
                }
            }
        }
        List<BradleyTerryBootstrap.ModelRating> result = new ArrayList<>();
        double[] low = new double[m];
        double[] high = new double[m];
        for (int i = 0; i < m; i++) {
            if (sampleCounts[i] == 0) {
                low[i] = Double.NaN;
                high[i] = Double.NaN;
                continue;
            }
            double[] v = Arrays.copyOf(samples[i], sampleCounts[i]);
            Arrays.sort(v);
            low[i] = Quantiles.ofSorted(v, 0.025);
            high[i] = Quantiles.ofSorted(v, 0.975);
        }
        for (int i = 0; i < m; i++) {
            int rank = 1;
            for (int j = 0; j < m; j++) {
                if (j != i && low[j] > high[i]) {
                    rank++;
                }
            }
            String model = cells.models.get(i);
            result.add(new BradleyTerryBootstrap.ModelRating(model, point.get(model), low[i], high[i], rank,
                    sampleCounts[i]));
        }
        result.sort((a, b) -> Double.compare(b.rating(), a.rating()));
        return new BradleyTerryBootstrap.Result(Collections.unmodifiableList(result), n, rounds, skipped, seed);
    }
}
