package io.evalstream.scoring.singlerating;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.EvaluationRequested;
import io.evalstream.contracts.Generation;
import io.evalstream.contracts.ModelInput;
import io.evalstream.contracts.ModelRef;
import io.evalstream.contracts.Purpose;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ScoringContext;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.TopLogprob;
import io.evalstream.contracts.Variant;
import io.evalstream.scoring.scorer.Responses;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.store.ReportRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rating judge responses as item-service plans them, and their rows as the store returns them. */
final class RatingResponses {
    static final ObjectMapper JSON = new ObjectMapper();

    private RatingResponses() {
    }

    static EvaluationRequested request(String judge, String item, String ratedModel, int min, int max,
            String readMode) {
        List<String> labels = new ArrayList<>();
        for (int n = min; n <= max; n++) {
            labels.add(String.valueOf(n));
        }
        ScoringContext scoring = new ScoringContext("rating", readMode, null, labels, null, List.of(),
                Map.of("rated_model", ratedModel, "scale_min", String.valueOf(min), "scale_max", String.valueOf(max)));
        return EvaluationRequested.of("run-r", item, Variant.original(), 0, Purpose.ANSWER, null,
                new ModelRef(judge, "builtin", null, judge), ModelInput.chat(null, "rate"), Generation.greedy(512),
                scoring);
    }

    static ResponseReceived text(String judge, String item, String ratedModel, String text) {
        return Responses.ok(request(judge, item, ratedModel, 1, 10, "GENERATE"), text, List.of());
    }

    static ResponseReceived probs(String judge, String item, String ratedModel, TopLogprob... top) {
        return Responses.ok(request(judge, item, ratedModel, 1, 10, "LABEL_PROBS"), top[0].token(),
                List.of(new TokenLogprob(top[0].token(), top[0].logprob(), List.of(top))));
    }

    static ReportRow row(ResponseReceived response, Score score) {
        return new ReportRow(response.requestId(), response.modelId(), response.itemId(), response.variant().id(), 0,
                score.value().name(), score.score(), score.answer(), null, List.of(), response.scoring().labels(),
                RatingScores.NAME, score.filter(), score.details() == null ? JSON.nullNode()
                        : JSON.valueToTree(score.details()));
    }
}
