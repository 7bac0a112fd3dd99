package io.evalstream.scoring.pairwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.NullNode;
import io.evalstream.scoring.store.ReportRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden cases worked by hand (MT-Bench games: ab shows response A first, ba shows B first). */
class PairwiseJudgingTest {

    private static ReportRow row(String judge, String item, String variant, String answer) {
        String value = answer == null ? "UNSCORED" : "PARTIAL";
        Double score = answer == null ? null : "A".equals(answer) ? 1.0 : "B".equals(answer) ? 0.0 : 0.5;
        return new ReportRow("r-" + judge + item + variant, judge, item, variant, 0, value, score, answer, null,
                List.of(), List.of("A", "B"), "pairwise-verdict", "verdict_brackets", NullNode.getInstance());
    }

    /**
     * A judge that always answers A: in game 2 the first slot holds response B, so no pair is consistent
     * (consistency 0/4), every pair chose the first slot twice (first-position bias 4/4), and all four pairs are
     * ties under the consistent-only verdict: response A's win rate (0 + 0.5 x 4) / 4 = 0.5.
     */
    @Test
    void aJudgeThatAlwaysPicksTheFirstSlotIsInconsistentAndBiased() {
        PairwiseJudging judging = new PairwiseJudging();
        for (String item : List.of("1", "2", "3", "4")) {
            judging.add(row("first", item, "ab", "A"));
            judging.add(row("first", item, "ba", "A"));
        }
        PairwiseJudging.JudgeRow r = judging.rows().get(0);
        assertThat(r.pairs()).isEqualTo(4);
        assertThat(r.consistency()).isEqualTo(0.0);
        assertThat(r.firstBias()).isEqualTo(1.0);
        assertThat(r.secondBias()).isEqualTo(0.0);
        assertThat(r.ties()).isEqualTo(4);
        assertThat(r.winRateA()).isCloseTo(0.5, within(1e-12));
        assertThat(r.consistencyLow()).isEqualTo(0.0);
        assertThat(r.consistencyHigh()).isBetween(0.0, 1.0);
    }

    /**
     * A consistent judge: item 1 A wins in both orders (ab: A, ba: B), item 2 B wins (ab: B, ba: A), item 3 tie in
     * both; item 4's second game is unparsable, so the pair is left out and counted. n = 3, consistency 3/3, no
     * position bias, wins A 1, B 1, ties 1: win rate of A (1 + 0.5) / 3 = 0.5. An arena row (variant "original")
     * is ignored.
     */
    @Test
    void aConsistentJudgeAndAnUnparsableVerdict() {
        PairwiseJudging judging = new PairwiseJudging();
        judging.add(row("fair", "1", "ab", "A"));
        judging.add(row("fair", "1", "ba", "B"));
        judging.add(row("fair", "2", "ab", "B"));
        judging.add(row("fair", "2", "ba", "A"));
        judging.add(row("fair", "3", "ab", "C"));
        judging.add(row("fair", "3", "ba", "C"));
        judging.add(row("fair", "4", "ab", "A"));
        judging.add(row("fair", "4", "ba", null));
        judging.add(row("fair", "5", "original", "A"));
        PairwiseJudging.JudgeRow r = judging.rows().get(0);
        assertThat(r.pairs()).isEqualTo(3);
        assertThat(r.consistency()).isEqualTo(1.0);
        assertThat(r.firstBias()).isEqualTo(0.0);
        assertThat(r.winsA()).isEqualTo(1);
        assertThat(r.winsB()).isEqualTo(1);
        assertThat(r.ties()).isEqualTo(1);
        assertThat(r.winRateA()).isCloseTo(0.5, within(1e-12));
        assertThat(r.unparsable()).isEqualTo(1);
        assertThat(r.incomplete()).isEqualTo(1);
        assertThat(r.errors()).isZero();
    }
}
