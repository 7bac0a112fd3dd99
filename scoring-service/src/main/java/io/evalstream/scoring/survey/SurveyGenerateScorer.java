package io.evalstream.scoring.survey;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.scoring.scorer.Extraction;
import io.evalstream.scoring.scorer.LabelDistribution;
import io.evalstream.scoring.scorer.LetterExtractor;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.DeclaredScorer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A survey answer read from generated text (a fallback for models without log-probabilities): the extracted
 * letter is a one-hot distribution over the displayed positions. Averaged over every order this still gives the
 * position and adjusted distributions, only coarser than the label-probability reading the protocol prescribes.
 */
@ApplicationScoped
public class SurveyGenerateScorer extends DeclaredScorer {

    public SurveyGenerateScorer() {
        super(SurveyReading.KIND, ReadMode.GENERATE, SurveyReading.NAME, LetterExtractor.FILTER);
    }

    @Override
    public Score score(ResponseReceived response) {
        if (response.scoring().labels().size() < 2) {
            return Score.unscored(filter(), "a survey request needs at least two option labels");
        }
        Extraction extraction = LetterExtractor.extract(response.output().text(), response.scoring().labels());
        if (!extraction.isFound()) {
            return Score.unscored(filter(), extraction.explanation());
        }
        Map<String, Double> oneHot = new LinkedHashMap<>();
        response.scoring().labels().forEach(label -> oneHot.put(label, label.equals(extraction.answer()) ? 1.0 : 0.0));
        return SurveyReading.score(response, new LabelDistribution(oneHot, Set.of()), filter(),
                extraction.explanation());
    }
}
