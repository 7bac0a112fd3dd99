package io.evalstream.scoring.arena.report;

import io.evalstream.scoring.arena.human.HumanLabel;
import io.evalstream.scoring.rating.Battle;
import io.evalstream.scoring.rating.BradleyTerry;
import io.evalstream.scoring.rating.BradleyTerryBootstrap;
import io.evalstream.scoring.rating.EloOverOrderings;
import io.evalstream.scoring.rating.OnlineElo;
import io.evalstream.scoring.rating.PositionConsistency;
import io.evalstream.scoring.rating.TransitivityCheck;
import io.evalstream.scoring.rating.WinRateMatrix;
import io.evalstream.scoring.statistics.Proportion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes an {@link ArenaReport} from judged games (an arena run) or from imported battles, always through the same
 * rating code ({@code scoring.rating}). Pure: the same games and settings give the same report (seeded bootstrap and
 * orderings), which is what lets tests assert on it and the service recompute it on a debounce.
 */
public final class ArenaReportBuilder {
    public static final String ALL_JUDGES = "all";
    /** {@code builtin:judge-self:<name>} judges for {@code builtin:<name>}. */
    static final Pattern BUILTIN_SELF = Pattern.compile("builtin:judge-self:(.+)");

    /**
     * @param bootstrapRounds Bradley-Terry bootstrap rounds (100..1000)
     * @param eloOrderings    random match orders for the Elo average (&gt;= 100)
     * @param eloK            online Elo's K
     * @param seed            seed of bootstrap and orderings
     * @param anchor          the model rated 1000 in Bradley-Terry (null: mean 1000)
     * @param baseline        the model win rates are reported against (null: none)
     * @param selfModels      judge -> its own contestant (judges that are contestants need no entry)
     * @param referenceScores contestant -> reference score for the PairS correlations
     */
    public record Settings(int bootstrapRounds, int eloOrderings, double eloK, long seed, String anchor,
            String baseline, Map<String, String> selfModels, Map<String, Double> referenceScores) {
    }

    private ArenaReportBuilder() {
    }

    /** Pairs each judge's two games of a pair on a prompt into order-averaged judgements (both games judged). */
    public static List<JudgedPair> pairs(List<Game> games) {
        Map<String, Game[]> byKey = new LinkedHashMap<>();
        for (Game g : games) {
            if (!g.judged()) {
                continue;
            }
            boolean canonical = g.first().compareTo(g.second()) < 0;
            String a = canonical ? g.first() : g.second();
            String b = canonical ? g.second() : g.first();
            Game[] slot = byKey.computeIfAbsent(g.itemId() + "\u0000" + g.judge() + "\u0000" + a + "\u0000" + b,
                    k -> new Game[2]);
            slot[canonical ? 0 : 1] = g;
        }
        List<JudgedPair> pairs = new ArrayList<>();
        for (Game[] both : byKey.values()) {
            if (both[0] != null && both[1] != null) {
                pairs.add(JudgedPair.of(both[0], both[1]));
            }
        }
        pairs.sort(Comparator.comparing(JudgedPair::key).thenComparing(JudgedPair::judge)); // whatever the row order
        return pairs;
    }

    public static ArenaReport fromGames(String id, String state, List<String> contestants, List<String> judges,
            String pairing, String template, List<Game> games, long skipped, Settings settings) {
        return fromGames(id, state, contestants, judges, pairing, template, games, skipped, 0, List.of(), settings);
    }

    /**
     * @param skipped       judge requests never sent (their pair had a failed answer)
     * @param pairsSkipped  pairs never judged because an answer failed
     * @param failedAnswers per contestant: failed answers and the pairs they left unjudged
     */
    public static ArenaReport fromGames(String id, String state, List<String> contestants, List<String> judges,
            String pairing, String template, List<Game> games, long skipped, long pairsSkipped,
            List<ArenaReport.FailedAnswers> failedAnswers, Settings settings) {
        return fromGames(id, state, contestants, judges, pairing, template, games, skipped, pairsSkipped,
                failedAnswers, List.of(), settings);
    }

    /** ... and the human labels of the run's pairs, compared with each judge in its audit. */
    public static ArenaReport fromGames(String id, String state, List<String> contestants, List<String> judges,
            String pairing, String template, List<Game> games, long skipped, long pairsSkipped,
            List<ArenaReport.FailedAnswers> failedAnswers, List<HumanLabel> humanLabels, Settings settings) {
        List<JudgedPair> pairs = pairs(games);
        long judged = games.stream().filter(Game::judged).count();
        long unparsable = games.stream().filter(g -> "UNPARSABLE".equals(g.status())).count();
        long errors = games.stream().filter(g -> "ERROR".equals(g.status())).count();
        List<ArenaReport.JudgeAudit> audit = new ArrayList<>();
        for (String judge : judges) {
            List<Game> own = games.stream().filter(g -> g.judge().equals(judge)).toList();
            List<JudgedPair> ownPairs = pairs.stream().filter(p -> p.judge().equals(judge)).toList();
            PositionConsistency.Result pc = ownPairs.isEmpty() ? null
                    : PositionConsistency.of(ownPairs.stream().map(JudgedPair::orders).toList());
            audit.add(new ArenaReport.JudgeAudit(judge, own.size(),
                    own.stream().filter(g -> "UNPARSABLE".equals(g.status())).count(),
                    own.stream().filter(g -> "ERROR".equals(g.status())).count(),
                    pc == null ? Proportion.undefined() : pc.consistency(),
                    pc == null ? Proportion.undefined() : pc.firstBias(),
                    pc == null ? Proportion.undefined() : pc.secondBias(), lengthBias(ownPairs),
                    selfPreference(judge, contestants, pairs, settings.selfModels()),
                    own.stream().mapToDouble(Game::costUsd).sum(), own.stream().mapToLong(Game::inputTokens).sum(),
                    own.stream().mapToLong(Game::outputTokens).sum(), humanAgreement(judge, ownPairs, humanLabels)));
        }
        return new ArenaReport(id, state, contestants, judges, pairing, template,
                new ArenaReport.GameCounts(judged, unparsable, errors, skipped, pairs.size(), pairsSkipped,
                        failedAnswers),
                ratings(judges, pairs, settings), audit, agreement(judges, pairs), Instant.now());
    }

    /** Imported battle logs: one game per battle, no order audit; ratings and agreement as for a run. */
    public static ArenaReport fromImported(String id, List<JudgedPair> battles, Settings settings) {
        TreeSet<String> models = new TreeSet<>();
        TreeSet<String> judges = new TreeSet<>();
        for (JudgedPair p : battles) {
            models.add(p.a());
            models.add(p.b());
            judges.add(p.judge());
        }
        List<String> judgeList = List.copyOf(judges);
        return new ArenaReport(id, "IMPORTED", List.copyOf(models), judgeList, null, null,
                new ArenaReport.GameCounts(battles.size(), 0, 0, 0, battles.size()),
                ratings(judgeList, battles, settings), List.of(), agreement(judgeList, battles), Instant.now());
    }

    static List<ArenaReport.RatingSet> ratings(List<String> judges, List<JudgedPair> pairs, Settings settings) {
        List<ArenaReport.RatingSet> sets = new ArrayList<>();
        if (judges.size() > 1) {
            sets.add(ratingSet(ALL_JUDGES, pairs, settings));
        }
        for (String judge : judges) {
            sets.add(ratingSet(judge, pairs.stream().filter(p -> p.judge().equals(judge)).toList(), settings));
        }
        return sets;
    }

    static ArenaReport.RatingSet ratingSet(String judge, List<JudgedPair> pairs, Settings settings) {
        List<JudgedPair> ordered = new ArrayList<>(pairs);
        // stable: battles of equal (or unknown) time keep their given order, e.g. an imported log's line order
        ordered.sort(Comparator.comparing((JudgedPair p) -> p.time() == null ? Instant.EPOCH : p.time()));
        List<Battle> battles = ordered.stream().map(JudgedPair::battle).toList();
        TreeSet<String> models = new TreeSet<>();
        battles.forEach(b -> {
            models.add(b.modelA());
            models.add(b.modelB());
        });
        if (battles.isEmpty() || models.size() < 2) {
            return new ArenaReport.RatingSet(judge, battles.size(), null, 0, 0, List.of(), List.of(), null, null,
                    null, null, "no judged pair yet (both orders of a pair must be in)");
        }
        Map<String, Integer> n = new HashMap<>();
        battles.forEach(b -> {
            n.merge(b.modelA(), 1, Integer::sum);
            n.merge(b.modelB(), 1, Integer::sum);
        });
        String anchor = settings.anchor() != null && models.contains(settings.anchor()) ? settings.anchor() : null;
        BradleyTerry.Config bt = anchor == null ? BradleyTerry.Config.DEFAULT
                : BradleyTerry.Config.DEFAULT.withAnchor(anchor);
        BradleyTerryBootstrap.Result boot = BradleyTerryBootstrap.compute(battles, bt, settings.bootstrapRounds(),
                settings.seed());
        List<ArenaReport.BtRating> btRatings = boot.models().stream().map(m -> new ArenaReport.BtRating(m.model(),
                m.rating(), nan(m.low()), nan(m.high()), m.rank(), n.getOrDefault(m.model(), 0))).toList();
        OnlineElo.Config eloConfig = new OnlineElo.Config(settings.eloK(), 400, 10, 1000, Battle.BothBad.TIE);
        EloOverOrderings.Result orderings = EloOverOrderings.compute(battles, eloConfig, settings.eloOrderings(),
                settings.seed());
        Map<String, Double> online = OnlineElo.compute(battles, eloConfig).ratings();
        List<ArenaReport.EloRating> elo = orderings.models().stream().map(m -> new ArenaReport.EloRating(m.model(),
                m.mean(), m.sd(), m.p025(), m.p975(), online.get(m.model()), n.getOrDefault(m.model(), 0)))
                .sorted(Comparator.comparingDouble(ArenaReport.EloRating::mean).reversed()).toList();
        WinRateMatrix matrix = WinRateMatrix.of(battles);
        Map<String, Double> point = new TreeMap<>();
        boot.models().forEach(m -> point.put(m.model(), m.rating()));
        TransitivityCheck.Result tc = TransitivityCheck.check(matrix, point);
        ArenaReport.Transitivity transitivity = new ArenaReport.Transitivity(tc.transitive(), tc.ratingAgrees(),
                tc.cycles().size(), tc.pairsCompared(), tc.pairsAgreeing(),
                tc.disagreements().stream().map(d -> d.winner() + " > " + d.loser()).toList());
        return new ArenaReport.RatingSet(judge, battles.size(), anchor, settings.bootstrapRounds(),
                settings.eloOrderings(), btRatings, elo, transitivity, winRates(matrix),
                baseline(settings.baseline(), battles, pairs, settings), PairsRanking.of(pairs, settings.referenceScores()), null);
    }

    static ArenaReport.WinRates winRates(WinRateMatrix matrix) {
        List<String> models = matrix.models();
        Double[][] rates = new Double[models.size()][models.size()];
        int[][] games = new int[models.size()][models.size()];
        for (int i = 0; i < models.size(); i++) {
            for (int j = 0; j < models.size(); j++) {
                if (i != j) {
                    rates[i][j] = matrix.rate(models.get(i), models.get(j));
                    games[i][j] = matrix.games(models.get(i), models.get(j));
                }
            }
        }
        return new ArenaReport.WinRates(models, rates, games);
    }

    /**
     * Win rate (percent, ties half) of every model against the baseline, with its standard error, and the
     * length-controlled win rate with its own bootstrap SE (over prompts).
     */
    static ArenaReport.BaselineWinRates baseline(String baseline, List<Battle> battles, List<JudgedPair> pairs,
            Settings settings) {
        if (baseline == null) {
            return null;
        }
        Map<String, LengthControlledBaseline.Result> lc = LengthControlledBaseline.compute(baseline, pairs,
                settings.bootstrapRounds(), settings.seed());
        Map<String, List<Double>> scores = new TreeMap<>();
        for (Battle b : battles) {
            if (b.modelA().equals(baseline)) {
                scores.computeIfAbsent(b.modelB(), k -> new ArrayList<>()).add(1 - b.outcome().scoreOfA());
            } else if (b.modelB().equals(baseline)) {
                scores.computeIfAbsent(b.modelA(), k -> new ArrayList<>()).add(b.outcome().scoreOfA());
            }
        }
        List<ArenaReport.BaselineRow> rows = new ArrayList<>();
        scores.forEach((model, s) -> {
            double mean = s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double var = s.size() < 2 ? 0
                    : s.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (s.size() - 1);
            double se = Math.sqrt(var / s.size());
            LengthControlledBaseline.Result l = lc.get(model);
            rows.add(l == null ? new ArenaReport.BaselineRow(model, 100 * mean, 100 * se, 100 * (mean - 1.96 * se),
                    100 * (mean + 1.96 * se), s.size())
                    : new ArenaReport.BaselineRow(model, 100 * mean, 100 * se, 100 * (mean - 1.96 * se),
                            100 * (mean + 1.96 * se), s.size(), l.winRate(), l.standardError(), l.low(), l.high(),
                            l.n()));
        });
        rows.sort(Comparator.comparingDouble(ArenaReport.BaselineRow::winRate).reversed());
        return new ArenaReport.BaselineWinRates(baseline, rows);
    }

    /** Pearson correlation of P(a better) with the word-count difference (a - b), over the judge's pairs. */
    static Correlation lengthBias(List<JudgedPair> pairs) {
        double[] pref = new double[pairs.size()];
        double[] diff = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            pref[i] = pairs.get(i).pA();
            diff[i] = pairs.get(i).wordsA() - pairs.get(i).wordsB();
        }
        return Correlation.pearson(pref, diff);
    }

    /** The contestant a judge "is": configured, the judge itself when it competes, or a built-in self-judge's model. */
    static String ownModel(String judge, List<String> contestants, Map<String, String> selfModels) {
        if (selfModels.containsKey(judge)) {
            return selfModels.get(judge);
        }
        if (contestants.contains(judge)) {
            return judge;
        }
        Matcher m = BUILTIN_SELF.matcher(judge);
        if (m.matches() && contestants.contains("builtin:" + m.group(1))) {
            return "builtin:" + m.group(1);
        }
        return null;
    }

    static ArenaReport.SelfPreference selfPreference(String judge, List<String> contestants, List<JudgedPair> pairs,
            Map<String, String> selfModels) {
        String own = ownModel(judge, contestants, selfModels);
        if (own == null) {
            return null;
        }
        Map<String, List<Double>> others = new HashMap<>();
        for (JudgedPair p : pairs) {
            if (!p.judge().equals(judge) && p.involves(own)) {
                others.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p.preferenceFor(own));
            }
        }
        List<Double> mine = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        List<Double> deltas = new ArrayList<>();
        for (JudgedPair p : pairs) {
            if (p.judge().equals(judge) && p.involves(own)) {
                double s = p.preferenceFor(own);
                mine.add(s);
                List<Double> o = others.get(p.key());
                if (o != null && !o.isEmpty()) {
                    double avg = o.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                    theirs.add(avg);
                    deltas.add(s - avg);
                }
            }
        }
        if (mine.isEmpty()) {
            return new ArenaReport.SelfPreference(own, null, null, null, null, null, 0);
        }
        Double ownMean = mean(mine);
        if (deltas.isEmpty()) {
            return new ArenaReport.SelfPreference(own, ownMean, null, null, null, null, mine.size());
        }
        double d = mean(deltas);
        double se = deltas.size() < 2 ? Double.NaN : Math.sqrt(deltas.stream().mapToDouble(x -> (x - d) * (x - d))
                .sum() / (deltas.size() - 1) / deltas.size());
        return new ArenaReport.SelfPreference(own, ownMean, mean(theirs), d, nan(d - 1.96 * se), nan(d + 1.96 * se),
                deltas.size());
    }

    static List<ArenaReport.Agreement> agreement(List<String> judges, List<JudgedPair> pairs) {
        Map<String, Map<String, Battle.Outcome>> byJudge = new HashMap<>();
        for (JudgedPair p : pairs) {
            if (p.prompt() != null) {
                byJudge.computeIfAbsent(p.judge(), k -> new HashMap<>()).put(p.key(), p.outcome());
            }
        }
        List<ArenaReport.Agreement> out = new ArrayList<>();
        for (int i = 0; i < judges.size(); i++) {
            for (int j = i + 1; j < judges.size(); j++) {
                Map<String, Battle.Outcome> a = byJudge.getOrDefault(judges.get(i), Map.of());
                Map<String, Battle.Outcome> b = byJudge.getOrDefault(judges.get(j), Map.of());
                List<String> x = new ArrayList<>();
                List<String> y = new ArrayList<>();
                for (Map.Entry<String, Battle.Outcome> e : new TreeMap<>(a).entrySet()) {
                    Battle.Outcome other = b.get(e.getKey());
                    if (other != null) {
                        x.add(category(e.getValue()));
                        y.add(category(other));
                    }
                }
                CohensKappa.Result k = CohensKappa.of(x, y);
                out.add(new ArenaReport.Agreement(judges.get(i), judges.get(j), k.kappa(), k.low(), k.high(),
                        k.agreement(), k.n()));
            }
        }
        return out;
    }

    /**
     * Cohen's kappa and raw agreement between a judge's order-averaged verdicts and the human labels of the same
     * prompt and pair (a / b / tie; one comparison per label, so several labelers each count); null without labels.
     */
    static ArenaReport.Agreement humanAgreement(String judge, List<JudgedPair> ownPairs, List<HumanLabel> labels) {
        if (labels.isEmpty()) {
            return null;
        }
        Map<String, Battle.Outcome> verdicts = new HashMap<>();
        ownPairs.forEach(p -> verdicts.put(p.key(), p.outcome()));
        List<String> judged = new ArrayList<>();
        List<String> human = new ArrayList<>();
        for (HumanLabel l : labels) {
            Battle.Outcome v = verdicts.get(l.key());
            if (v != null) {
                judged.add(category(v));
                human.add(l.winner());
            }
        }
        CohensKappa.Result k = CohensKappa.of(judged, human);
        return new ArenaReport.Agreement(judge, "human", k.kappa(), k.low(), k.high(), k.agreement(), k.n());
    }

    private static String category(Battle.Outcome o) {
        return o == Battle.Outcome.BOTH_BAD ? "TIE" : o.name();
    }

    private static Double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static Double nan(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }
}
