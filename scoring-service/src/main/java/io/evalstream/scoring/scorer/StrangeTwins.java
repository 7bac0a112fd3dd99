package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ScoringContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Copies a true/false statement's Strange Dataset links from the scoring context's attributes into the score's
 * details, so that the {@code strange_dataset} report finds them in the stored rows: {@code pair} (the statements of
 * one item, a true and a false one, share it) and {@code control_of} (the self-referential statement this one is the
 * control twin of). A statement without links keeps its details as they were.
 */
public final class StrangeTwins {
    public static final String PAIR = "pair";
    public static final String CONTROL_OF = "control_of";

    private StrangeTwins() {
    }

    public static Score annotate(Score score, ScoringContext scoring) {
        String pair = scoring.attributes().get(PAIR);
        String controlOf = scoring.attributes().get(CONTROL_OF);
        if (pair == null && controlOf == null) {
            return score;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (score.details() != null) {
            details.putAll(score.details());
        }
        if (pair != null) {
            details.put(PAIR, pair);
        }
        if (controlOf != null) {
            details.put(CONTROL_OF, controlOf);
        }
        return score.withDetails(details);
    }
}
