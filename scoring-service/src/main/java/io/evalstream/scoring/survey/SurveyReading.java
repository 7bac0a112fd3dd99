package io.evalstream.scoring.survey;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.scoring.scorer.LabelDistribution;
import io.evalstream.scoring.scorer.LabelProbabilities;
import io.evalstream.scoring.scorer.Score;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One survey answer read in one option order, turned into a score row whose details hold everything the survey
 * report needs: the probability of each displayed position ({@code probabilities}, label -> p, display order),
 * the order ({@code order[p]} = questionnaire index shown at position p), the option codes, the distribution
 * mapped back to content ({@code distribution}, code -> p) and the human reference when the item has one.
 *
 * <p>The row's value is PARTIAL (a survey answer is neither right nor wrong) and its score is P(first displayed
 * position), so the generic mean of a survey run's scores is the mean first-position probability (A-bias + 1/k);
 * its answer is the code of the most probable option.
 */
public final class SurveyReading {
    public static final String NAME = "survey";
    public static final String KIND = "survey";
    /** Detail keys. */
    public static final String ORDER = "order";
    public static final String CODES = "codes";
    public static final String DISTRIBUTION = "distribution";
    public static final String REFERENCE = "reference";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SurveyReading() {
    }

    /** The score of a read distribution over the displayed labels. */
    static Score score(ResponseReceived response, LabelDistribution distribution, String filter, String explanation) {
        List<String> labels = response.scoring().labels();
        List<String> codes = codes(response, labels.size());
        List<Integer> order = response.variant().permutation() != null
                && response.variant().permutation().size() == labels.size() ? response.variant().permutation()
                        : identity(labels.size());
        Map<String, Double> mapped = new LinkedHashMap<>();
        codes.forEach(code -> mapped.put(code, 0.0));
        String best = null;
        double bestP = -1;
        for (int pos = 0; pos < labels.size(); pos++) {
            double p = distribution.probabilities().get(labels.get(pos));
            String code = codes.get(order.get(pos));
            mapped.put(code, p);
            if (p > bestP) {
                bestP = p;
                best = code;
            }
        }
        Map<String, Object> details = new LinkedHashMap<>(LabelProbabilities.details(distribution));
        details.put(ORDER, order);
        details.put(CODES, codes);
        details.put(DISTRIBUTION, mapped);
        String reference = response.scoring().attributes().get(REFERENCE);
        if (reference != null) {
            details.put(REFERENCE, readMap(reference));
        }
        double first = distribution.probabilities().get(labels.get(0));
        return new Score(ScoreValue.PARTIAL, first, best, filter, explanation + String.format(Locale.ROOT,
                "; most probable: option %s; P(first position) = %.4f", best, first), details);
    }

    private static List<String> codes(ResponseReceived response, int k) {
        String json = response.scoring().attributes().get(CODES);
        if (json != null) {
            try {
                List<String> codes = JSON.readValue(json, new TypeReference<List<String>>() { });
                if (codes.size() == k) {
                    return codes;
                }
            } catch (java.io.IOException e) {
                // fall through to positional codes: a broken attribute must not lose the reading
            }
        }
        List<String> codes = new ArrayList<>(k);
        for (int i = 1; i <= k; i++) {
            codes.add(String.valueOf(i));
        }
        return codes;
    }

    private static Map<String, Double> readMap(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Double>>() { });
        } catch (java.io.IOException e) {
            return Map.of();
        }
    }

    private static List<Integer> identity(int k) {
        List<Integer> order = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            order.add(i);
        }
        return order;
    }
}
