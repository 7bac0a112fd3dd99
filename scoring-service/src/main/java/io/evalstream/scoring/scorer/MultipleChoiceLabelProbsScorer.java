package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ScoringContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Multiple choice read from the label tokens' probabilities; labels match exactly once trimmed. */
@ApplicationScoped
public class MultipleChoiceLabelProbsScorer extends DeclaredScorer {

    public MultipleChoiceLabelProbsScorer() {
        super(ItemKinds.MULTIPLE_CHOICE, ReadMode.LABEL_PROBS, MultipleChoiceGenerateScorer.NAME, LabelProbabilities.FILTER);
    }

    @Override
    public Score score(ResponseReceived response) {
        ScoringContext scoring = response.scoring();
        return LabelProbabilities.score(response.output(), scoring.labels(), scoring.reference(),
                LabelProbabilities.Match.EXACT);
    }
}
