package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ResponseReceived;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * True/false read from the probabilities of the "True" and "False" tokens. Providers spell them " true",
 * "True", "TRUE": any case and surrounding whitespace counts as the label.
 */
@ApplicationScoped
public class TrueFalseLabelProbsScorer extends DeclaredScorer {
    private static final List<String> LABELS = List.of(TrueFalseExtractor.TRUE, TrueFalseExtractor.FALSE);

    public TrueFalseLabelProbsScorer() {
        super(ItemKinds.TRUE_FALSE, ReadMode.LABEL_PROBS, TrueFalseGenerateScorer.NAME, LabelProbabilities.FILTER);
    }

    @Override
    public Score score(ResponseReceived response) {
        String reference = TrueFalseExtractor.canonical(response.scoring().reference());
        if (reference == null) {
            return Score.unscored(filter(), "reference is not True or False: " + response.scoring().reference());
        }
        return StrangeTwins.annotate(LabelProbabilities.score(response.output(), LABELS, reference,
                LabelProbabilities.Match.IGNORE_CASE), response.scoring());
    }
}
