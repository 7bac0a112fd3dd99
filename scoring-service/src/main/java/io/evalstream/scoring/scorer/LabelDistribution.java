package io.evalstream.scoring.scorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Probabilities of the answer labels, renormalised over the labels, in label order. {@code estimated} names the
 * labels absent from the provider's top list, whose probability is only an upper bound (the smallest probability
 * seen): a reader must know the number is a bound, so it is flagged in the explanation.
 */
public record LabelDistribution(Map<String, Double> probabilities, Set<String> estimated) {
    public LabelDistribution {
        probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
        estimated = Set.copyOf(estimated);
    }

    /** Whether at least one label was actually among the top log-probabilities. */
    public boolean anyObserved() {
        return estimated.size() < probabilities.size();
    }

    /** The single most probable label; empty when the maximum is shared (a tie is not an answer). */
    public Optional<String> argmax() {
        String best = null;
        double bestProbability = Double.NEGATIVE_INFINITY;
        boolean tie = false;
        for (Map.Entry<String, Double> entry : probabilities.entrySet()) {
            double p = entry.getValue();
            if (p > bestProbability) {
                best = entry.getKey();
                bestProbability = p;
                tie = false;
            } else if (p == bestProbability) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** E.g. {@code P(A)=0.7123, P(B)=0.2500, P(C)<=0.0377 [C not in top_logprobs: upper bound]}. */
    public String describe() {
        String values = probabilities.entrySet().stream()
                .map(e -> "P(" + e.getKey() + ")" + (estimated.contains(e.getKey()) ? "<=" : "=")
                        + String.format(Locale.ROOT, "%.4f", e.getValue()))
                .collect(Collectors.joining(", "));
        if (estimated.isEmpty()) {
            return values;
        }
        String missing = probabilities.keySet().stream().filter(estimated::contains).collect(Collectors.joining(", "));
        return values + " [" + missing + " not in top_logprobs: upper bound]";
    }
}
