package io.evalstream.scoring.arena;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.scoring.arena.report.JudgedPair;
import io.evalstream.scoring.arena.report.PairsRanking;
import io.evalstream.scoring.rating.Battle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairsRankingTest {
    static JudgedPair pair(String prompt, String a, String b, double pA) {
        Battle.Outcome o = pA > 0.5 ? Battle.Outcome.A : pA < 0.5 ? Battle.Outcome.B : Battle.Outcome.TIE;
        return new JudgedPair(prompt, "j", a, b, o, pA, 0, 0, null, null);
    }

    /** Hand-worked: c > b > a on both prompts; ranks 1, 2, 3; Spearman and Kendall with the reference are 1. */
    @Test
    void sortsEachPromptWithTheJudgeAsComparator() {
        List<JudgedPair> pairs = List.of(pair("p1", "a", "b", 0.2), pair("p1", "a", "c", 0.1), pair("p1", "b", "c", 0.3),
                pair("p2", "a", "b", 0.4), pair("p2", "a", "c", 0.0), pair("p2", "b", "c", 0.45));
        PairsRanking.Result r = PairsRanking.of(pairs, Map.of("a", 1.0, "b", 2.0, "c", 3.0));
        assertThat(r.ranking()).extracting(PairsRanking.Ranked::model).containsExactly("c", "b", "a");
        assertThat(r.ranking().get(0).meanRank()).isEqualTo(1.0);
        assertThat(r.spearman()).isEqualTo(1.0);
        assertThat(r.kendall()).isEqualTo(1.0);
        assertThat(r.prompts()).isEqualTo(2);
    }

    /** A judge without preferences (every P = 1/2) ranks everyone level: no correlation to report. */
    @Test
    void aJudgeWithoutPreferencesRanksEveryoneLevel() {
        List<JudgedPair> pairs = List.of(pair("p1", "a", "b", 0.5), pair("p1", "a", "c", 0.5), pair("p1", "b", "c", 0.5));
        PairsRanking.Result r = PairsRanking.of(pairs, Map.of("a", 1.0, "b", 2.0, "c", 3.0));
        assertThat(r.ranking()).allSatisfy(x -> assertThat(x.meanRank()).isEqualTo(2.0));
        assertThat(r.spearman()).isNull();
    }
}
