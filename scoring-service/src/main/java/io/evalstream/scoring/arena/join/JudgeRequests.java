package io.evalstream.scoring.arena.join;

import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.RequestIds;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.scoring.arena.verdict.JudgeTemplates;
import io.evalstream.scoring.arena.verdict.PairwiseTextScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the judge requests of one pair: game 1 shows (a, b), game 2 shows (b, a), for every judge. Identity is
 * deterministic (invariant 1): variant id {@code arena:<first>|<second>} (kind ORIGINAL for the canonical order,
 * SWAP for the other), sample 0, the judge's model id and purpose JUDGE, so a re-sent judge request has the id it
 * had, and every store downstream dedupes it. The scoring context carries what the battle row needs (who is shown
 * first and second, their answers' lengths, the template) back with the verdict.
 */
public final class JudgeRequests {
    static final int GENERATE_MAX_TOKENS = 512;
    static final int TOP_LOGPROBS = 20;

    private JudgeRequests() {
    }

    public static Variant variant(String first, String second, boolean swapped) {
        return new Variant("arena:" + first + "|" + second, swapped ? VariantKind.SWAP : VariantKind.ORIGINAL, null);
    }

    /** The request id of one game, without building it (for games that are never sent). */
    public static String requestId(String runId, String itemId, String first, String second, boolean swapped,
            String judgeId) {
        return RequestIds.of(runId, itemId, variant(first, second, swapped).id(), 0, judgeId, Purpose.JUDGE);
    }

    /** Both games of {@code pair} for every judge of {@code plan}. */
    public static List<EvaluationRequested> of(ArenaPlan plan, ArenaAnswer a, ArenaAnswer b) {
        List<EvaluationRequested> requests = new ArrayList<>(2 * plan.judges().size());
        for (ModelRef judge : plan.judges()) {
            requests.add(game(plan, judge, a, b, false));
            requests.add(game(plan, judge, b, a, true));
        }
        return requests;
    }

    static EvaluationRequested game(ArenaPlan plan, ModelRef judge, ArenaAnswer first, ArenaAnswer second,
            boolean swapped) {
        boolean labelProbs = "LABEL_PROBS".equals(plan.judgeReadMode());
        ModelInput input = JudgeTemplates.pairwise(plan.template(), first.prompt(), first.answer(), second.answer(),
                first.reference(), labelProbs);
        Generation generation = labelProbs ? Generation.labelProbabilities(TOP_LOGPROBS)
                : Generation.greedy(GENERATE_MAX_TOKENS);
        ScoringContext scoring = new ScoringContext(PairwiseTextScorer.KIND, plan.judgeReadMode(), null,
                List.of("A", "B"), null, List.of(),
                Map.of("first", first.modelId(), "second", second.modelId(), "firstWords",
                        Integer.toString(first.words()), "secondWords", Integer.toString(second.words()), "template",
                        plan.template()));
        return EvaluationRequested.of(first.runId(), first.itemId(), variant(first.modelId(), second.modelId(), swapped),
                0, Purpose.JUDGE, List.of(first.requestId(), second.requestId()), judge, input, generation, scoring);
    }
}
