package io.evalstream.scoring.arena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.evalstream.scoring.arena.report.ArenaReport;
import io.evalstream.scoring.arena.report.ArenaReportBuilder;
import io.evalstream.scoring.arena.report.Game;
import io.evalstream.scoring.arena.report.JudgedPair;
import io.evalstream.scoring.arena.report.LengthControlledBaseline;
import io.evalstream.scoring.rating.Battle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The length-controlled win rate against a baseline: a contestant preferred only for being longer has a high raw win
 * rate but an LC near 50; one preferred regardless of length keeps its win rate; each carries n and a bootstrap SE;
 * the arena report puts LC beside the raw win rate when a baseline is set.
 */
class LengthControlledBaselineTest {

    /** 80 prompts; "long" is longer than the baseline on most; its preference depends on the length only. */
    static List<JudgedPair> pairs() {
        SplittableRandom random = new SplittableRandom(3);
        List<JudgedPair> pairs = new ArrayList<>();
        for (int p = 0; p < 80; p++) {
            int base = 50 + random.nextInt(50);
            int longer = base + (p % 4 == 0 ? -40 : 60) + random.nextInt(30);
            double x = Math.tanh((longer - base) / 60.0);
            double pLong = 1 / (1 + Math.exp(-3 * x)); // equal length: 1/2
            pairs.add(new JudgedPair("p" + p, "j", "base", "long", Battle.Outcome.TIE, 1 - pLong, base, longer,
                    null, null));
            pairs.add(new JudgedPair("p" + p, "j", "base", "good", Battle.Outcome.B, 0.2, base,
                    base + random.nextInt(41) - 20, null, null));
        }
        return pairs;
    }

    @Test
    void aContestantPreferredOnlyForItsLengthIsNearFiftyAndAGoodOneKeepsItsWinRate() {
        Map<String, LengthControlledBaseline.Result> lc = LengthControlledBaseline.compute("base", pairs(), 200, 7L);
        LengthControlledBaseline.Result longer = lc.get("long");
        LengthControlledBaseline.Result good = lc.get("good");
        double raw = pairs().stream().filter(p -> p.involves("long")).mapToDouble(p -> p.preferenceFor("long"))
                .average().orElseThrow() * 100;
        assertThat(raw).isGreaterThan(70);
        assertThat(longer.winRate()).isCloseTo(50, within(8.0));
        assertThat(longer.n()).isEqualTo(80);
        assertThat(longer.standardError()).isPositive();
        assertThat(longer.low()).isLessThanOrEqualTo(longer.winRate());
        assertThat(longer.high()).isGreaterThanOrEqualTo(longer.winRate());
        assertThat(good.winRate()).isCloseTo(80, within(2.0));
        assertThat(good.n()).isEqualTo(80);
        // seeded: the same inputs give the same figures
        assertThat(LengthControlledBaseline.compute("base", pairs(), 200, 7L).get("long"))
                .isEqualTo(longer);
    }

    @Test
    void theArenaReportShowsTheLcWinRateBesideTheRawOneWithNAndSe() {
        List<Game> games = SimulatedArena.games(30, 5L);
        ArenaReportBuilder.Settings settings = new ArenaReportBuilder.Settings(100, 100, 4, 7L, null, "q2",
                Map.of(), Map.of());
        ArenaReport report = ArenaReportBuilder.fromGames("lc", "COMPLETED", SimulatedArena.CONTESTANTS,
                SimulatedArena.JUDGES, "baseline:q2", "pairwise-v1", games, 0, settings);
        ArenaReport.RatingSet fair = report.ratings().stream().filter(r -> r.judge().equals("fair")).findFirst()
                .orElseThrow();
        assertThat(fair.baseline().baseline()).isEqualTo("q2");
        assertThat(fair.baseline().rows()).hasSize(4).allSatisfy(row -> {
            assertThat(row.n()).isEqualTo(30);
            assertThat(row.lcN()).isEqualTo(30);
            assertThat(row.lcWinRate()).isNotNull().isBetween(0.0, 100.0);
        });
        ArenaReport.BaselineRow q4 = fair.baseline().rows().stream().filter(r -> r.model().equals("q4")).findFirst()
                .orElseThrow();
        ArenaReport.BaselineRow q3 = fair.baseline().rows().stream().filter(r -> r.model().equals("q3-verbose"))
                .findFirst().orElseThrow();
        assertThat(q3.lcStandardError()).isNotNull().isPositive();
        // a fair judge: the better contestant stays ahead after length control
        assertThat(q4.lcWinRate()).isGreaterThan(q3.lcWinRate());
    }
}
