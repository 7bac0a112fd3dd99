package io.evalstream.scoring.arena.join;

import io.evalstream.contracts.ArenaPlan;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.RequestIds;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.scoring.arena.verdict.JudgeTemplates;
import io.evalstream.scoring.arena.verdict.SingleRatingScorer;
import io.evalstream.scoring.store.ScoreRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The judge requests of a single-rating arena ({@code single-v1}): one per contestant answer and judge, identity
 * deterministic (variant {@code single:<contestant>}, sample 0, the judge's id, purpose JUDGE), so a re-send is
 * deduplicated downstream like any redelivery. An answer that failed gets, instead, terminal ERROR rows for its judge
 * requests (invariant 4: every planned request ends).
 */
public final class SingleRatingRequests {
    static final int MAX_TOKENS = 512;

    private SingleRatingRequests() {
    }

    public static Variant variant(String model) {
        return new Variant("single:" + model, VariantKind.ORIGINAL, null);
    }

    public static String requestId(String runId, String itemId, String model, String judgeId) {
        return RequestIds.of(runId, itemId, variant(model).id(), 0, judgeId, Purpose.JUDGE);
    }

    /** Every judge's rating request for one answer that is in. */
    public static List<EvaluationRequested> of(ArenaPlan plan, ArenaAnswer answer) {
        List<EvaluationRequested> requests = new ArrayList<>(plan.judges().size());
        for (ModelRef judge : plan.judges()) {
            ScoringContext scoring = new ScoringContext(SingleRatingScorer.KIND, "GENERATE", null, List.of(), null,
                    List.of(), Map.of("model", answer.modelId(), "words", Integer.toString(answer.words()),
                            "template", plan.template()));
            requests.add(EvaluationRequested.of(answer.runId(), answer.itemId(), variant(answer.modelId()), 0,
                    Purpose.JUDGE, List.of(answer.requestId()), judge,
                    JudgeTemplates.single(answer.prompt(), answer.answer()), Generation.greedy(MAX_TOKENS),
                    scoring));
        }
        return requests;
    }

    /** Terminal rows for the rating requests of an answer that failed. */
    static List<ScoreRow> skipRows(ArenaPlan plan, ArenaAnswer failed) {
        List<ScoreRow> rows = new ArrayList<>();
        for (ModelRef judge : plan.judges()) {
            rows.add(new ScoreRow(requestId(failed.runId(), failed.itemId(), failed.modelId(), judge.id()),
                    failed.runId(), judge.id(), failed.itemId(), variant(failed.modelId()).id(), 0,
                    ResponseStatus.ERROR, ScoreValue.ERROR, null, null, null, List.of(), ArenaJoinStore.SKIPPED_SCORER,
                    null, "not rated: " + failed.modelId() + "'s answer failed (" + failed.failure() + ")", 0, 0.0,
                    null, null));
        }
        return rows;
    }
}
