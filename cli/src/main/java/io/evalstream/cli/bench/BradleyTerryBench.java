package io.evalstream.cli.bench;

import io.evalstream.scoring.rating.AggregatedBootstrap;
import io.evalstream.scoring.rating.Battle;
import io.evalstream.scoring.rating.BradleyTerry;
import io.evalstream.scoring.rating.BradleyTerryBootstrap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Bradley-Terry with bootstrap on a synthetic arena: {@code models} models with seeded true strengths (normal,
 * sd 1 in log-odds), {@code battles} battles between random pairs, 10% ties, the rest won by the Bradley-Terry
 * probability. Times the aggregation into pair-outcome cells, and the bootstrap (which refits the point ratings and
 * every round) with scoring-service's own code; checks that the fit recovers the true order (Spearman).
 */
public final class BradleyTerryBench {
    private BradleyTerryBench() {
    }

    public static Map<String, Object> run(int models, int battles, int rounds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] strength = new double[models];
        for (int i = 0; i < models; i++) {
            strength[i] = gaussian(random);
        }
        String[] names = new String[models];
        for (int i = 0; i < models; i++) {
            names[i] = String.format("m%03d", i);
        }
        List<Battle> list = new ArrayList<>(battles);
        for (int k = 0; k < battles; k++) {
            int i = random.nextInt(models);
            int j = (i + 1 + random.nextInt(models - 1)) % models;
            double p = 1 / (1 + Math.exp(strength[j] - strength[i]));
            double u = random.nextDouble();
            Battle.Outcome o = u < 0.1 ? Battle.Outcome.TIE : u < 0.1 + 0.9 * p ? Battle.Outcome.A : Battle.Outcome.B;
            list.add(Battle.of(names[i], names[j], o));
        }
        long t0 = System.nanoTime();
        AggregatedBootstrap.Cells cells = AggregatedBootstrap.aggregate(list, Battle.BothBad.TIE);
        long t1 = System.nanoTime();
        BradleyTerryBootstrap.Result result = AggregatedBootstrap.compute(cells, BradleyTerry.Config.DEFAULT, rounds,
                seed);
        long t2 = System.nanoTime();
        double[] truth = new double[models];
        double[] fitted = new double[models];
        double width = 0;
        for (int i = 0; i < models; i++) {
            truth[i] = strength[i];
            BradleyTerryBootstrap.ModelRating r = result.of(names[i]);
            fitted[i] = r.rating();
            width += (r.high() - r.low()) / models;
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("models", models);
        report.put("battles", battles);
        report.put("cells", cells.cells());
        report.put("bootstrapRounds", rounds);
        report.put("aggregateSeconds", (t1 - t0) / 1e9);
        report.put("bootstrapSeconds", (t2 - t1) / 1e9);
        report.put("roundsPerSecond", rounds / ((t2 - t1) / 1e9));
        report.put("meanIntervalWidth", width);
        report.put("spearmanWithTruth", new SpearmansCorrelation().correlation(truth, fitted));
        return report;
    }

    private static double gaussian(SplittableRandom random) {
        double u = Math.max(1e-300, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
