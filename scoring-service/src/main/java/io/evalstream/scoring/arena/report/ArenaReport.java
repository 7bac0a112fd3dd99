package io.evalstream.scoring.arena.report;

import io.evalstream.scoring.statistics.Proportion;
import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/runs/{id}/arena} answers: ratings per judge (and over all judges), the judge audit and the
 * agreement between judges. Every figure carries its n and, where it is an estimate, a 95% interval.
 */
public record ArenaReport(String id, String state, List<String> contestants, List<String> judges, String pairing,
        String template, GameCounts games, List<RatingSet> ratings, List<JudgeAudit> audit,
        List<Agreement> agreement, Instant computedAt, List<SingleRatingSet> singleRatings) {

    public ArenaReport {
        singleRatings = singleRatings == null ? List.of() : List.copyOf(singleRatings);
    }

    public ArenaReport(String id, String state, List<String> contestants, List<String> judges, String pairing,
            String template, GameCounts games, List<RatingSet> ratings, List<JudgeAudit> audit,
            List<Agreement> agreement, Instant computedAt) {
        this(id, state, contestants, judges, pairing, template, games, ratings, audit, agreement, computedAt,
                List.of());
    }

    /** This report with the single ratings of a single-rating arena. */
    public ArenaReport withSingleRatings(List<SingleRatingSet> sets) {
        return new ArenaReport(id, state, contestants, judges, pairing, template, games, ratings, audit, agreement,
                computedAt, sets);
    }

    /** Single-rating arenas ({@code single-v1}): one judge's ratings of every contestant. */
    public record SingleRatingSet(String judge, List<SingleRating> ratings) {
    }

    /**
     * A contestant's mean 1-10 rating by one judge, its SD, 95% Student-t interval and n rated answers; unparsable
     * ratings and errors counted apart.
     */
    public record SingleRating(String model, Double mean, Double sd, Double low, Double high, int n, long unparsable,
            long errors) {
    }

    /**
     * Judge requests by outcome: judged, unparsable verdicts (counted apart), errors, never sent (skipped); pairs
     * judged in both orders (per judge), pairs never judged because a contestant's answer failed
     * ({@code pairsSkipped}), and per contestant its failed answers and the pairs they left unjudged.
     */
    public record GameCounts(long judged, long unparsable, long errors, long skipped, long pairsJudged,
            long pairsSkipped, List<FailedAnswers> failedAnswers) {
        public GameCounts {
            failedAnswers = failedAnswers == null ? List.of() : List.copyOf(failedAnswers);
        }

        public GameCounts(long judged, long unparsable, long errors, long skipped, long pairsJudged) {
            this(judged, unparsable, errors, skipped, pairsJudged, 0, List.of());
        }
    }

    /** A contestant's answers that failed (no answer to judge) and the scheduled pairs left unjudged by them. */
    public record FailedAnswers(String model, long answers, long pairsSkipped) {
    }

    /** Ratings from one judge's order-averaged battles ({@code judge} = "all" for every judge together). */
    public record RatingSet(String judge, int battles, String anchor, int bootstrapRounds, int eloOrderings,
            List<BtRating> bradleyTerry, List<EloRating> elo, Transitivity transitivity, WinRates winRates,
            BaselineWinRates baseline, PairsRanking.Result pairs, String note) {
    }

    /** Bradley-Terry rating with its bootstrap 2.5/97.5 percentile interval, rank and number of battles. */
    public record BtRating(String model, double rating, Double low, Double high, int rank, int n) {
    }

    /**
     * Elo: mean, spread (sd) and 2.5/97.5 percentiles over random match orders, and the online Elo in the order the
     * battles happened.
     */
    public record EloRating(String model, double mean, double sd, double low, double high, Double online, int n) {
    }

    public record Transitivity(boolean transitive, boolean ratingAgrees, int cycles, int pairsCompared,
            int pairsAgreeing, List<String> disagreements) {
    }

    /** rates[i][j] = win rate of models[i] over models[j] (ties half), games[i][j] its n; null without games. */
    public record WinRates(List<String> models, Double[][] rates, int[][] games) {
    }

    public record BaselineWinRates(String baseline, List<BaselineRow> rows) {
    }

    /**
     * Win rate against the baseline in percent (ties half), its standard error and 95% interval, n battles; beside it
     * the length-controlled win rate ({@link LengthControlledBaseline}: at equal answer length) with its bootstrap SE,
     * interval and n (null where it cannot be fitted).
     */
    public record BaselineRow(String model, double winRate, double standardError, double low, double high, int n,
            Double lcWinRate, Double lcStandardError, Double lcLow, Double lcHigh, int lcN) {
        public BaselineRow(String model, double winRate, double standardError, double low, double high, int n) {
            this(model, winRate, standardError, low, high, n, null, null, null, null, 0);
        }
    }

    /**
     * The audit of one judge: position consistency and bias from the two orders (MT-Bench), length bias (Pearson of
     * P(a better) with the word-count difference), self-preference, unparsable verdicts and the cost of judging.
     */
    public record JudgeAudit(String judge, long games, long unparsable, long errors, Proportion consistency,
            Proportion firstBias, Proportion secondBias, Correlation lengthBias, SelfPreference selfPreference,
            double costUsd, long inputTokens, long outputTokens, Agreement human) {
        public JudgeAudit(String judge, long games, long unparsable, long errors, Proportion consistency,
                Proportion firstBias, Proportion secondBias, Correlation lengthBias, SelfPreference selfPreference,
                double costUsd, long inputTokens, long outputTokens) {
            this(judge, games, unparsable, errors, consistency, firstBias, secondBias, lengthBias, selfPreference,
                    costUsd, inputTokens, outputTokens, null);
        }
    }

    /**
     * Self-preference (PROTOCOLS.md): over the pairs involving the judge's own model, the judge's order-averaged
     * preference for it, 1/2 [P_forward(own) + P_backward(own)], against the other judges' preference for the same
     * answers; {@code delta} = own - others, paired over pairs both judged, with a 95% interval.
     */
    public record SelfPreference(String ownModel, Double own, Double others, Double delta, Double low, Double high,
            long n) {
    }

    /**
     * Cohen's kappa between two judges over the pairs both judged (verdicts a / b / tie, order-averaged), with the
     * share of equal verdicts; in a judge's audit ({@code human}) between the judge and the human labels of the run's
     * pairs ({@code judgeB} = "human", one comparison per label).
     */
    public record Agreement(String judgeA, String judgeB, Double kappa, Double low, Double high, Double agreement,
            long n) {
    }
}
