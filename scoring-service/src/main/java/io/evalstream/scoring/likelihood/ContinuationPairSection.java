package io.evalstream.scoring.likelihood;

import io.evalstream.scoring.scorer.ContinuationPairScorer;
import io.evalstream.scoring.statistics.BootstrapInterval;
import io.evalstream.scoring.statistics.ExactBinomialTest;
import io.evalstream.scoring.statistics.StrangeDatasetScores;
import java.util.ArrayList;
import java.util.List;

/**
 * Report section {@code continuation_pair}: the Strange Dataset's generation score per model (PROTOCOLS.md): the
 * share of pairs with NLL(beginning + true) &lt; NLL(beginning + false), i.e. a higher total log-likelihood for the
 * true continuation (ties count 0), with its seeded 95% percentile bootstrap interval over items, n, chance 0.5 and
 * the exact two-sided binomial p-value against it. Pairs with a half missing or unread are left out of n and
 * counted in {@code incomplete}.
 */
public record ContinuationPairSection(String metricVersion, String scorer, String filter, String statistic,
        double chance, int bootstrapRounds, long bootstrapSeed, List<Row> models) {
    public static final String METRIC_VERSION = "strange-generation/1";
    public static final double CHANCE = 0.5;
    public static final int ROUNDS = BootstrapInterval.DEFAULT_ROUNDS;
    /** Fixed, so the same scores always give the same interval. */
    public static final long SEED = 20240117L;

    /**
     * @param preferTrue            pairs whose true continuation is the more likely
     * @param share                 preferTrue / n (null when n = 0)
     * @param ciLow                 2.5th percentile of the bootstrap replicates
     * @param ciHigh                97.5th percentile
     * @param standardError         bootstrap standard error
     * @param pValue                exact two-sided binomial test against 0.5
     * @param meanLogLikelihoodGap  mean of log L(true) - log L(false) over the pairs
     * @param incomplete            pairs left out: a half missing or unread
     */
    public record Row(String model, long n, long preferTrue, Double share, Double ciLow, Double ciHigh,
            Double standardError, Double pValue, Double meanLogLikelihoodGap, long incomplete) {
    }

    public static ContinuationPairSection of(PairFold fold) {
        List<Row> rows = new ArrayList<>();
        List<LikelihoodPair> all = fold.pairs();
        for (String model : fold.models(LikelihoodPair.TRUE_FALSE)) {
            List<LikelihoodPair> pairs = all.stream()
                    .filter(p -> p.modelId().equals(model) && p.form().equals(LikelihoodPair.TRUE_FALSE)).toList();
            rows.add(row(model, pairs, fold.incomplete(model, LikelihoodPair.TRUE_FALSE)));
        }
        return new ContinuationPairSection(METRIC_VERSION, ContinuationPairScorer.NAME, ContinuationPairScorer.FILTER,
                "share with NLL(beginning + true) < NLL(beginning + false); 95% percentile bootstrap over items",
                CHANCE, ROUNDS, SEED, rows);
    }

    static Row row(String model, List<LikelihoodPair> pairs, long incomplete) {
        if (pairs.isEmpty()) {
            return new Row(model, 0, 0, null, null, null, null, null, null, incomplete);
        }
        double[] scores = new double[pairs.size()];
        double gap = 0;
        int preferTrue = 0;
        for (int i = 0; i < scores.length; i++) {
            LikelihoodPair pair = pairs.get(i);
            scores[i] = StrangeDatasetScores.generation(-pair.firstLogLikelihood(), -pair.secondLogLikelihood());
            preferTrue += (int) scores[i];
            gap += pair.firstLogLikelihood() - pair.secondLogLikelihood();
        }
        BootstrapInterval.Result interval = StrangeDatasetScores.summary(scores, ROUNDS, SEED);
        ExactBinomialTest.Result test = ExactBinomialTest.test(preferTrue, scores.length, CHANCE);
        return new Row(model, scores.length, preferTrue, interval.estimate(), interval.low(), interval.high(),
                interval.standardError(), test.pValue(), gap / scores.length, incomplete);
    }
}
