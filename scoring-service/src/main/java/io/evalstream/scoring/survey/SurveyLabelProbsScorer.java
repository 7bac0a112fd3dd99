package io.evalstream.scoring.survey;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.scoring.scorer.LabelDistribution;
import io.evalstream.scoring.scorer.LabelProbabilities;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.DeclaredScorer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A survey answer read from the option labels' probabilities (the protocol's reading): the renormalised label
 * distribution of one option order, mapped back to the option codes ({@link SurveyReading}).
 */
@ApplicationScoped
public class SurveyLabelProbsScorer extends DeclaredScorer {

    public SurveyLabelProbsScorer() {
        super(SurveyReading.KIND, ReadMode.LABEL_PROBS, SurveyReading.NAME, LabelProbabilities.FILTER);
    }

    @Override
    public Score score(ResponseReceived response) {
        if (response.scoring().labels().size() < 2) {
            return Score.unscored(filter(), "a survey request needs at least two option labels");
        }
        Optional<LabelDistribution> read = LabelProbabilities.read(response.output(), response.scoring().labels(),
                LabelProbabilities.Match.EXACT);
        if (read.isEmpty()) {
            return Score.unscored(filter(), "the output has no usable top_logprobs");
        }
        if (!read.get().anyObserved()) {
            return Score.unscored(filter(), "none of the labels (" + String.join(", ", response.scoring().labels())
                    + ") is among the top log-probabilities");
        }
        return SurveyReading.score(response, read.get(), filter(), read.get().describe());
    }
}
