package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.contracts.ScoringContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One half of a {@code continuation_pair} item read by LIKELIHOOD: the total log-likelihood of the echoed text
 * (beginning + this continuation) and of the continuation alone, stored as the score's details with the half's role
 * (true / false, more / less) and the CrowS-Pairs annotations. A half is neither right nor wrong on its own, so its
 * row is UNSCORED with an explanation saying where it is compared, like an arena answer: the report sections
 * {@code continuation_pair} (Strange Dataset generation) and {@code crows_pairs} pair the two halves of each item
 * from these details. An output without prompt log-probabilities is UNSCORED without details, and its pair is
 * counted as incomplete there.
 *
 * <p>Details: {@code continuation}, {@code form}, {@code logLikelihood}, {@code tokens},
 * {@code continuationLogLikelihood}, {@code continuationTokens} (when the continuation's tokens can be told apart),
 * {@code biasType} and {@code stereoAntistereo} (when the item has them).
 */
@ApplicationScoped
public class ContinuationPairScorer extends DeclaredScorer {
    public static final String NAME = "continuation_likelihood";
    public static final String FILTER = "likelihood";

    public ContinuationPairScorer() {
        super(ItemKinds.CONTINUATION_PAIR, ReadMode.LIKELIHOOD, NAME, FILTER);
    }

    @Override
    public Score score(ResponseReceived response) {
        ScoringContext scoring = response.scoring();
        String role = scoring.attributes().get("continuation");
        if (role == null) {
            return Score.unscored(FILTER, "the request does not say which continuation it is (attribute 'continuation')");
        }
        var read = PromptLikelihood.read(response.output(), chars(scoring.attributes().get("continuation_chars")));
        if (read.isEmpty()) {
            return Score.unscored(FILTER, "no prompt log-probabilities in the output: the provider did not echo the "
                    + "prompt's token log-likelihoods, so continuation '" + role + "' cannot be compared");
        }
        PromptLikelihood likelihood = read.get();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("continuation", role);
        details.put("form", scoring.attributes().getOrDefault("form", "true_false"));
        details.put("logLikelihood", likelihood.logLikelihood());
        details.put("tokens", likelihood.tokens());
        if (likelihood.continuationLogLikelihood() != null) {
            details.put("continuationLogLikelihood", likelihood.continuationLogLikelihood());
            details.put("continuationTokens", likelihood.continuationTokens());
        }
        if (scoring.attributes().containsKey("bias_type")) {
            details.put("biasType", scoring.attributes().get("bias_type"));
        }
        if (scoring.attributes().containsKey("stereo_antistereo")) {
            details.put("stereoAntistereo", scoring.attributes().get("stereo_antistereo"));
        }
        return new Score(ScoreValue.UNSCORED, null, role, FILTER, String.format(java.util.Locale.ROOT,
                "continuation '%s': log-likelihood %.4f over %d tokens; compared with the other continuation in the "
                        + "continuation_pair / crows_pairs report", role, likelihood.logLikelihood(),
                likelihood.tokens()), details);
    }

    private static Integer chars(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
