package io.evalstream.scoring.rewardbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.Variant;
import io.evalstream.contracts.VariantKind;
import io.evalstream.scoring.scorer.Responses;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.store.ReportRow;
import java.util.List;
import java.util.Map;

/** Reward-pair judge responses as item-service plans them, and their rows as the store returns them. */
final class RewardPairResponses {
    static final ObjectMapper JSON = new ObjectMapper();

    private RewardPairResponses() {
    }

    static EvaluationRequested request(String judge, String item, String subset, boolean tie, boolean chosenFirst,
            String readMode) {
        ScoringContext scoring = new ScoringContext("reward_pair", readMode, chosenFirst ? "A" : "B",
                List.of("A", "B"), 0, List.of(subset), Map.of("subset", subset, "tie", String.valueOf(tie)));
        Variant variant = chosenFirst ? new Variant("chosen-first", VariantKind.ORIGINAL, List.of(0, 1))
                : new Variant("rejected-first", VariantKind.SWAP, List.of(1, 0));
        return EvaluationRequested.of("run-rb", item, variant, 0, Purpose.ANSWER, null,
                new ModelRef(judge, "builtin", null, judge), ModelInput.chat(null, "judge"), Generation.greedy(512),
                scoring);
    }

    static ResponseReceived text(String judge, String item, String subset, boolean tie, boolean chosenFirst,
            String text) {
        return Responses.ok(request(judge, item, subset, tie, chosenFirst, "GENERATE"), text, List.of());
    }

    static ReportRow row(ResponseReceived response, Score score) {
        return new ReportRow(response.requestId(), response.modelId(), response.itemId(), response.variant().id(),
                0, score.value().name(), score.score(), score.answer(), response.scoring().reference(),
                response.scoring().slices(), response.scoring().labels(), RewardPairVerdicts.NAME, score.filter(),
                score.details() == null ? JSON.nullNode() : JSON.valueToTree(score.details()));
    }

    static ReportRow errorRow(String judge, String item, String subset) {
        ResponseReceived failed = Responses.failed(request(judge, item, subset, false, true, "GENERATE"),
                ResponseStatus.ERROR);
        return row(failed, Score.error("verdict_brackets", "ERROR"));
    }
}
