package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ScoringContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Multiple choice read from generated text with the {@link LetterExtractor letter} filter. */
@ApplicationScoped
public class MultipleChoiceGenerateScorer extends DeclaredScorer {
    public static final String NAME = "choice";

    public MultipleChoiceGenerateScorer() {
        super(ItemKinds.MULTIPLE_CHOICE, ReadMode.GENERATE, NAME, LetterExtractor.FILTER);
    }

    @Override
    public Score score(ResponseReceived response) {
        ScoringContext scoring = response.scoring();
        if (scoring.reference() == null) {
            return Score.unscored(filter(), "no reference answer in the scoring context");
        }
        Extraction extraction = LetterExtractor.extract(response.output().text(), scoring.labels());
        if (!extraction.isFound()) {
            return Score.unscored(filter(), extraction.explanation());
        }
        return Score.judged(extraction.answer(), scoring.reference(), filter(), extraction.explanation());
    }
}
