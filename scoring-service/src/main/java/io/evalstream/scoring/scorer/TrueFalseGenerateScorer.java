package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ResponseReceived;
import jakarta.enterprise.context.ApplicationScoped;

/** True/false read from generated text with the {@link TrueFalseExtractor true_false} filter. */
@ApplicationScoped
public class TrueFalseGenerateScorer extends DeclaredScorer {
    public static final String NAME = "true_false";

    public TrueFalseGenerateScorer() {
        super(ItemKinds.TRUE_FALSE, ReadMode.GENERATE, NAME, TrueFalseExtractor.FILTER);
    }

    @Override
    public Score score(ResponseReceived response) {
        String reference = TrueFalseExtractor.canonical(response.scoring().reference());
        if (reference == null) {
            return Score.unscored(filter(), "reference is not True or False: " + response.scoring().reference());
        }
        Extraction extraction = TrueFalseExtractor.extract(response.output().text());
        if (!extraction.isFound()) {
            return StrangeTwins.annotate(Score.unscored(filter(), extraction.explanation()), response.scoring());
        }
        return StrangeTwins.annotate(Score.judged(extraction.answer(), reference, filter(), extraction.explanation()),
                response.scoring());
    }
}
