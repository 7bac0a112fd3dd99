package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.TopLogprob;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code label_probs} reading (PROTOCOLS.md): from the first generated token's top log-probabilities, sum
 * the probabilities of the tokens that are a label once trimmed (" A" and "A" are one answer), give a label
 * missing from the list the smallest probability seen as an upper bound (flagged), renormalise over the labels,
 * and take the most probable label as the answer.
 */
public final class LabelProbabilities {
    public static final String FILTER = "label_probs";
    /** Detail key: label -> renormalised probability, in display order. */
    public static final String DETAIL_PROBABILITIES = "probabilities";
    /** Detail key: labels missing from the top list, bounded by the smallest probability seen. */
    public static final String DETAIL_ESTIMATED = "estimated";

    /** How a token is compared with a label after trimming. */
    public enum Match {
        EXACT, IGNORE_CASE
    }

    private LabelProbabilities() {
    }

    /**
     * The label distribution, or empty when the output has no top log-probabilities to read (the response is
     * then unscored: a reading that cannot be made is not a wrong answer).
     */
    public static Optional<LabelDistribution> read(ModelOutput output, List<String> labels, Match match) {
        if (output == null || output.logprobs().isEmpty() || labels.isEmpty()) {
            return Optional.empty();
        }
        TokenLogprob first = output.logprobs().get(0);
        List<TopLogprob> top = first.topLogprobs();
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> mass = new LinkedHashMap<>();
        double smallestSeen = Double.POSITIVE_INFINITY;
        for (TopLogprob alternative : top) {
            double probability = Math.exp(alternative.logprob());
            smallestSeen = Math.min(smallestSeen, probability);
            String label = labelOf(alternative.token(), labels, match);
            if (label != null) {
                mass.merge(label, probability, Double::sum);
            }
        }
        Map<String, Double> bounded = new LinkedHashMap<>();
        Set<String> estimated = new HashSet<>();
        double total = 0;
        for (String label : labels) {
            Double p = mass.get(label);
            if (p == null) {
                p = smallestSeen;
                estimated.add(label);
            }
            bounded.put(label, p);
            total += p;
        }
        if (!(total > 0)) {
            return Optional.empty();
        }
        Map<String, Double> normalised = new LinkedHashMap<>();
        for (Map.Entry<String, Double> entry : bounded.entrySet()) {
            normalised.put(entry.getKey(), entry.getValue() / total);
        }
        return Optional.of(new LabelDistribution(normalised, estimated));
    }

    /**
     * Scores a label-probability response: the argmax label against {@code reference}. Shared by every kind
     * read this way; {@code reference} must already be spelled as one of {@code labels}.
     */
    public static Score score(ModelOutput output, List<String> labels, String reference, Match match) {
        if (labels.isEmpty()) {
            return Score.unscored(FILTER, "no answer labels in the scoring context");
        }
        if (reference == null) {
            return Score.unscored(FILTER, "no reference answer in the scoring context");
        }
        if (output == null || output.logprobs().isEmpty()) {
            return Score.unscored(FILTER, "the output has no log-probabilities");
        }
        Optional<LabelDistribution> read = read(output, labels, match);
        if (read.isEmpty()) {
            return Score.unscored(FILTER, "the first token has no usable top_logprobs");
        }
        LabelDistribution distribution = read.get();
        if (!distribution.anyObserved()) {
            return Score.unscored(FILTER, "none of the labels (" + String.join(", ", labels)
                    + ") is among the top log-probabilities");
        }
        Optional<String> answer = distribution.argmax();
        if (answer.isEmpty()) {
            return Score.unscored(FILTER, "tie between labels: " + distribution.describe())
                    .withDetails(details(distribution));
        }
        return Score.judged(answer.get(), reference, FILTER, distribution.describe()).withDetails(details(distribution));
    }

    /**
     * The distribution as a score's details: {@code probabilities} maps each label (display order) to its
     * renormalised probability and {@code estimated} lists the labels given the smallest-seen bound. PriDe and the
     * survey metrics read these back per response.
     */
    public static Map<String, Object> details(LabelDistribution distribution) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(DETAIL_PROBABILITIES, distribution.probabilities());
        if (!distribution.estimated().isEmpty()) {
            details.put(DETAIL_ESTIMATED, distribution.estimated().stream().sorted().toList());
        }
        return details;
    }

    private static String labelOf(String token, List<String> labels, Match match) {
        if (token == null) {
            return null;
        }
        String trimmed = token.strip();
        for (String label : labels) {
            boolean same = match == Match.EXACT
                    ? trimmed.equals(label)
                    : trimmed.toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT));
            if (same) {
                return label;
            }
        }
        return null;
    }
}
