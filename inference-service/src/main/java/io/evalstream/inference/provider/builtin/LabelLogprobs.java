package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.TopLogprob;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Renders a {@link LabelBelief} as a real chat API would return the answer token's log-probabilities
 * (OpenAI's {@code logprobs.content[0]}): the token is the chosen label; the top alternatives list every label
 * twice, bare ({@code "B"}) and space-prefixed ({@code " B"}), because real tokenizers split a label's mass
 * between the two and scorers must merge them. The bare form gets a seeded share of 55-85% of each label's
 * mass. Labels together hold {@value #LABEL_MASS} of the mass and the non-label token {@code "The"}
 * {@value #DISTRACTOR_MASS}, the rest is unlisted, so scorers must renormalise over the labels and ignore
 * other tokens, as with a real model. Alternatives are sorted by log-probability (natural log) and cut to
 * {@code topLogprobs}; when that is null, all of them are listed.
 */
final class LabelLogprobs {
    static final double LABEL_MASS = 0.97;
    static final double DISTRACTOR_MASS = 0.01;
    static final String DISTRACTOR = "The";

    private LabelLogprobs() {
    }

    static TokenLogprob shape(LabelBelief belief, Integer topLogprobs, SplittableRandom random) {
        double bareShare = 0.55 + 0.30 * random.nextDouble();
        List<Alternative> alternatives = new ArrayList<>();
        for (int i = 0; i < belief.labels().size(); i++) {
            double mass = belief.probabilities().get(i) * LABEL_MASS;
            int rank = i == belief.chosen() ? -1 : i;
            alternatives.add(new Alternative(belief.labels().get(i), mass * bareShare, rank));
            alternatives.add(new Alternative(" " + belief.labels().get(i), mass * (1 - bareShare), rank));
        }
        if (!belief.labels().contains(DISTRACTOR)) {
            alternatives.add(new Alternative(DISTRACTOR, DISTRACTOR_MASS, Integer.MAX_VALUE));
        }
        alternatives.sort(Comparator.comparingDouble(Alternative::probability).reversed()
                .thenComparingInt(Alternative::tieRank));
        int limit = topLogprobs == null ? alternatives.size() : Math.max(0, Math.min(topLogprobs, alternatives.size()));
        List<TopLogprob> top = alternatives.subList(0, limit).stream()
                .map(a -> new TopLogprob(a.token(), Math.log(a.probability())))
                .toList();
        double chosen = belief.chosenProbability() * LABEL_MASS * bareShare;
        return new TokenLogprob(belief.chosenLabel(), Math.log(chosen), top);
    }

    /** One listed token; {@code tieRank} orders equal probabilities (the chosen label first, then label order). */
    private record Alternative(String token, double probability, int tieRank) {
    }
}
