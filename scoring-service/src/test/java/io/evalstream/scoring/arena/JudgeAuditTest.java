package io.evalstream.scoring.arena;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.scoring.arena.report.ArenaReport;
import io.evalstream.scoring.arena.report.ArenaReportBuilder;
import io.evalstream.scoring.arena.report.Game;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The judge audit finds each bias a simulated judge is known to have, and order-averaged Bradley-Terry of the fair
 * judge recovers the known quality order (the end-to-end test checks the same with inference-service's built-in
 * judges through the broker).
 */
class JudgeAuditTest {
    static final ArenaReportBuilder.Settings SETTINGS = new ArenaReportBuilder.Settings(100, 100, 4, 7L, null, "q2",
            Map.of("self-q4", "q4"), Map.of("q8", 8.0, "q6", 6.0, "q4", 4.0, "q3-verbose", 3.0, "q2", 2.0));
    static ArenaReport report;

    @BeforeAll
    static void simulate() {
        List<Game> games = SimulatedArena.games(40, 11L);
        report = ArenaReportBuilder.fromGames("sim", "COMPLETED", SimulatedArena.CONTESTANTS, SimulatedArena.JUDGES,
                "all", "pairwise-v1", games, 0, SETTINGS);
    }

    static ArenaReport.JudgeAudit audit(String judge) {
        return report.audit().stream().filter(a -> a.judge().equals(judge)).findFirst().orElseThrow();
    }

    static ArenaReport.RatingSet ratings(String judge) {
        return report.ratings().stream().filter(r -> r.judge().equals(judge)).findFirst().orElseThrow();
    }

    @Test
    void alwaysFirstJudgeHasLowPositionConsistencyAndStrongFirstPositionBias() {
        ArenaReport.JudgeAudit first = audit("first");
        ArenaReport.JudgeAudit fair = audit("fair");
        assertThat(first.consistency().n()).isEqualTo(400);
        assertThat(first.consistency().high()).isLessThan(0.5);
        assertThat(first.firstBias().low()).isGreaterThan(0.5);
        assertThat(fair.consistency().low()).isGreaterThan(0.85);
        assertThat(fair.firstBias().high()).isLessThan(0.1);
    }

    @Test
    void longerAnswerJudgeHasLengthBias() {
        ArenaReport.JudgeAudit longer = audit("longer");
        assertThat(longer.lengthBias().n()).isEqualTo(400);
        assertThat(longer.lengthBias().low()).isGreaterThan(0.5);
        assertThat(longer.lengthBias().estimate()).isGreaterThan(audit("fair").lengthBias().high());
    }

    @Test
    void selfJudgePrefersItsOwnModelOverOtherJudges() {
        ArenaReport.SelfPreference self = audit("self-q4").selfPreference();
        assertThat(self.ownModel()).isEqualTo("q4");
        assertThat(self.n()).isEqualTo(160); // 40 prompts x 4 pairs with q4
        assertThat(self.low()).isGreaterThan(0.1);
        assertThat(self.own()).isGreaterThan(self.others());
        assertThat(audit("fair").selfPreference()).isNull(); // not a contestant: nothing to prefer
    }

    @Test
    void orderAveragedBradleyTerryOfTheFairJudgeRecoversTheQualityOrder() {
        assertThat(ratings("fair").bradleyTerry()).extracting(ArenaReport.BtRating::model)
                .containsExactly("q8", "q6", "q4", "q3-verbose", "q2");
        assertThat(ratings("fair").pairs().spearman()).isGreaterThan(0.8);
        assertThat(ratings("fair").pairs().prompts()).isEqualTo(40);
        assertThat(ratings("fair").transitivity().transitive()).isTrue();
        // the longer-answer judge puts the verbose weak contestant first: the bias shows in its ratings too
        assertThat(ratings("longer").bradleyTerry().get(0).model()).isEqualTo("q3-verbose");
        // agreement: the fair judge agrees with the self-judge more often than with the always-first judge (whose
        // inconsistent pairs are ties); kappa is reported with n and an interval
        ArenaReport.Agreement fairSelf = agreement("fair", "self-q4");
        ArenaReport.Agreement fairFirst = agreement("fair", "first");
        assertThat(fairSelf.agreement()).isGreaterThan(fairFirst.agreement() + 0.2);
        assertThat(fairSelf.n()).isEqualTo(400);
        assertThat(fairSelf.low()).isLessThan(fairSelf.kappa());
    }

    @Test
    void baselineWinRatesCarryStandardErrorsAndN() {
        ArenaReport.BaselineWinRates baseline = ratings("fair").baseline();
        assertThat(baseline.baseline()).isEqualTo("q2");
        ArenaReport.BaselineRow q8 = baseline.rows().stream().filter(r -> r.model().equals("q8")).findFirst()
                .orElseThrow();
        assertThat(baseline.rows()).hasSize(4);
        assertThat(q8.n()).isEqualTo(40);
        assertThat(q8.winRate()).isGreaterThan(90);
        assertThat(q8.standardError()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theReportDoesNotDependOnTheOrderOfTheGameRows() {
        List<Game> games = new ArrayList<>(SimulatedArena.games(10, 3L));
        ArenaReport a = ArenaReportBuilder.fromGames("s", "COMPLETED", SimulatedArena.CONTESTANTS,
                SimulatedArena.JUDGES, "all", "pairwise-v1", games, 0, SETTINGS);
        Collections.shuffle(games, new Random(5));
        ArenaReport b = ArenaReportBuilder.fromGames("s", "COMPLETED", SimulatedArena.CONTESTANTS,
                SimulatedArena.JUDGES, "all", "pairwise-v1", games, 0, SETTINGS);
        assertThat(b.ratings()).usingRecursiveComparison().isEqualTo(a.ratings());
        assertThat(b.audit()).usingRecursiveComparison().isEqualTo(a.audit());
    }

    private static ArenaReport.Agreement agreement(String x, String y) {
        return report.agreement().stream().filter(k -> k.judgeA().equals(x) && k.judgeB().equals(y)
                || k.judgeA().equals(y) && k.judgeB().equals(x)).findFirst().orElseThrow();
    }
}
