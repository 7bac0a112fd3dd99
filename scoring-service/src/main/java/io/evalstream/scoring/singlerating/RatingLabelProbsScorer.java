package io.evalstream.scoring.singlerating;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.scoring.scorer.LabelDistribution;
import io.evalstream.scoring.scorer.LabelProbabilities;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.DeclaredScorer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The expected score from the score tokens' probabilities (G-Eval; compositional preference models): the
 * labels "min".."max" read as label probabilities ({@link LabelProbabilities}, renormalised over the scale), the
 * rating = sum of value x probability. The distribution is kept in the details.
 */
@ApplicationScoped
public class RatingLabelProbsScorer extends DeclaredScorer {

    public RatingLabelProbsScorer() {
        super(RatingScores.KIND, ReadMode.LABEL_PROBS, RatingScores.NAME, LabelProbabilities.FILTER);
    }

    @Override
    public Score score(ResponseReceived response) {
        Optional<LabelDistribution> read = LabelProbabilities.read(response.output(), response.scoring().labels(),
                LabelProbabilities.Match.EXACT);
        if (read.isEmpty() || !read.get().anyObserved()) {
            return RatingScores.unreadable(response, filter(), "no score token ("
                    + String.join(", ", response.scoring().labels()) + ") among the top log-probabilities");
        }
        double expected = 0;
        try {
            for (Map.Entry<String, Double> entry : read.get().probabilities().entrySet()) {
                expected += Integer.parseInt(entry.getKey()) * entry.getValue();
            }
        } catch (NumberFormatException e) {
            return RatingScores.unreadable(response, filter(), "the score labels are not numbers: "
                    + response.scoring().labels());
        }
        return RatingScores.rated(response, expected, filter(), String.format(Locale.ROOT, "expected score %.3f from %s",
                expected, read.get().describe()), LabelProbabilities.details(read.get()));
    }
}
