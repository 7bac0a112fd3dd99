package io.evalstream.item.arena;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.ModelRef;
import io.evalstream.item.problem.ProblemError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single-rating arenas: planned with one judge request per contestant answer per judge; pairs are refused. */
class ArenaPlannerSingleRatingTest {
    private static final List<ModelRef> CONTESTANTS = List.of(new ModelRef("builtin:a", "builtin", null, "a"),
            new ModelRef("builtin:b", "builtin", null, "b"), new ModelRef("builtin:c", "builtin", null, "c"));

    private static ModelRef judge(String id) {
        return new ModelRef(id, "builtin", null, id.substring("builtin:".length()));
    }

    @Test
    void aSingleRatingPlanCountsOneJudgeRequestPerAnswerAndJudge() {
        List<ProblemError> errors = new ArrayList<>();
        ArenaPlan plan = ArenaPlanner.plan(new ArenaRequest(List.of("builtin:judge-fair", "builtin:judge-first"),
                null, "single-v1", null, null, null, null), CONTESTANTS, ArenaPlannerSingleRatingTest::judge, errors);
        assertThat(errors).isEmpty();
        assertThat(plan.singleRating()).isTrue();
        assertThat(plan.pairsPerPrompt()).isZero();
        assertThat(plan.judgeRequestsPerPrompt()).isEqualTo(6); // 3 answers x 2 judges
    }

    @Test
    void aSingleRatingPlanRefusesPairingsAndLabelProbabilities() {
        List<ProblemError> errors = new ArrayList<>();
        ArenaPlan plan = ArenaPlanner.plan(new ArenaRequest(List.of("builtin:judge-fair"), "baseline:builtin:a",
                "single-v1", "LABEL_PROBS", null, null, null), CONTESTANTS, ArenaPlannerSingleRatingTest::judge,
                errors);
        assertThat(plan).isNull();
        assertThat(errors).extracting(ProblemError::field).containsExactlyInAnyOrder("arena.pairing",
                "arena.judgeReadMode");
    }
}
