package io.evalstream.scoring.arena;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.ModelRef;
import io.evalstream.scoring.arena.join.PairSchedule;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairScheduleTest {
    static final List<String> MODELS = List.of("a", "b", "c", "d");
    static final List<ModelRef> JUDGES = List.of(new ModelRef("j", "builtin", null, null));

    static ArenaPlan plan(String pairing, String baseline, int pairs) {
        return new ArenaPlan(MODELS, JUDGES, pairing, baseline, pairs, 9L, "pairwise-v1", "GENERATE", Map.of(),
                Map.of());
    }

    @Test
    void allPairsBaselinePairsAndASeededSample() {
        assertThat(PairSchedule.pairs(plan(ArenaPlan.ALL, null, 6), "r", "i")).hasSize(6);
        assertThat(PairSchedule.pairs(plan(ArenaPlan.BASELINE, "c", 3), "r", "i"))
                .containsExactly(PairSchedule.Pair.of("a", "c"), PairSchedule.Pair.of("b", "c"),
                        PairSchedule.Pair.of("c", "d"));
        List<PairSchedule.Pair> sampled = PairSchedule.pairs(plan(ArenaPlan.SAMPLED, null, 2), "r", "i");
        assertThat(sampled).hasSize(2).doesNotHaveDuplicates();
        assertThat(PairSchedule.pairs(plan(ArenaPlan.SAMPLED, null, 2), "r", "i")).isEqualTo(sampled);
        // different prompts get different samples (seeded by the prompt): over 20 prompts more than one schedule
        var schedules = new HashSet<List<PairSchedule.Pair>>();
        for (int i = 0; i < 20; i++) {
            schedules.add(PairSchedule.pairs(plan(ArenaPlan.SAMPLED, null, 2), "r", "i" + i));
        }
        assertThat(schedules.size()).isGreaterThan(1);
    }
}
