package io.evalstream.scoring.survey;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.evalstream.contracts.VariantKind;
import io.evalstream.scoring.scorer.Responses;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.store.ReportRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Survey responses as item-service plans them and as the scorers' rows come back from the store. */
final class SurveyResponsesFixture {
    static final ObjectMapper JSON = new ObjectMapper();

    private SurveyResponsesFixture() {
    }

    static List<String> labels(int k) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            labels.add(String.valueOf((char) ('A' + i)));
        }
        return labels;
    }

    /** A LABEL_PROBS response in order {@code order} whose label probabilities are {@code positionProbabilities}. */
    static ResponseReceived response(String model, String item, int[] order, double[] positionProbabilities,
            List<String> codes, String referenceJson) throws Exception {
        int k = order.length;
        List<Integer> permutation = new ArrayList<>();
        StringBuilder id = new StringBuilder("perm-");
        for (int o : order) {
            permutation.add(o);
            id.append(o);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("codes", JSON.writeValueAsString(codes));
        if (referenceJson != null) {
            attributes.put("reference", referenceJson);
        }
        ScoringContext scoring = new ScoringContext("survey", "LABEL_PROBS", null, labels(k), null, List.of(),
                attributes);
        EvaluationRequested request = EvaluationRequested.of("run-s", item, new Variant(id.toString(),
                VariantKind.PERMUTATION, permutation), 0, Purpose.ANSWER, null, new ModelRef(model, "builtin", null,
                model), ModelInput.chat(null, "q"), Generation.labelProbabilities(20), scoring);
        List<TopLogprob> top = new ArrayList<>();
        for (int pos = 0; pos < k; pos++) {
            top.add(Responses.top(labels(k).get(pos), positionProbabilities[pos]));
        }
        return Responses.ok(request, labels(k).get(0), List.of(new TokenLogprob(top.get(0).token(),
                top.get(0).logprob(), top)));
    }

    /** The row the store gives back for {@code score} of {@code response}. */
    static ReportRow row(ResponseReceived response, Score score) {
        JsonNode details = JSON.valueToTree(score.details());
        return new ReportRow(response.requestId(), response.modelId(), response.itemId(), response.variant().id(),
                response.sample(), score.value().name(), score.score(), score.answer(), null, List.of(),
                response.scoring().labels(), SurveyReading.NAME, score.filter(), details);
    }
}
