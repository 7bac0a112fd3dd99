package io.evalstream.scoring.singlerating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.evalstream.contracts.ScoreValue;
import io.evalstream.scoring.scorer.Responses;
import io.evalstream.scoring.scorer.Score;
import org.junit.jupiter.api.Test;

/** Strategy: read ratings from text and from score-token probabilities; out-of-scale and missing ratings are unscored. */
class RatingScorersTest {
    private final RatingTextScorer text = new RatingTextScorer();
    private final RatingLabelProbsScorer probs = new RatingLabelProbsScorer();

    @Test
    void theBracketedRatingIsReadAndRescaled() {
        Score score = text.score(RatingResponses.text("j", "i", "m-a", "Good answer. Rating: [[7]]"));

        assertThat(score.value()).isEqualTo(ScoreValue.PARTIAL);
        assertThat(score.answer()).isEqualTo("7");
        assertThat(score.score()).isCloseTo(6.0 / 9, within(1e-12));
        assertThat(score.details()).containsEntry("rating", 7.0).containsEntry("ratedModel", "m-a");
    }

    @Test
    void missingOrOutOfScaleRatingsAreUnscored() {
        assertThat(text.score(RatingResponses.text("j", "i", "m", "I like it")).value()).isEqualTo(ScoreValue.UNSCORED);
        var outOfScale = Responses.ok(RatingResponses.request("j", "i", "m", 1, 5, "GENERATE"), "Rating: [[8]]",
                java.util.List.of());
        Score score = text.score(outOfScale);
        assertThat(score.value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(score.explanation()).contains("outside the item's scale 1..5");
        assertThat(score.details()).containsEntry("ratedModel", "m");
    }

    @Test
    void theExpectedScoreIsTheProbabilityWeightedMean() {
        // P(7) = 0.3 + 0.1 (" 7" merged), P(8) = 0.4; other scores missing: bounded by the smallest seen (0.1)
        // weights 7: 0.4, 8: 0.4, others 0.1 each x 8 = 0.8 -> total 1.6
        Score score = probs.score(RatingResponses.probs("j", "i", "m", Responses.top("8", 0.4), Responses.top("7", 0.3),
                Responses.top(" 7", 0.1)));

        double expected = (7 * 0.4 + 8 * 0.4 + 0.1 * (1 + 2 + 3 + 4 + 5 + 6 + 9 + 10)) / 1.6;
        assertThat(Double.parseDouble(score.answer())).isCloseTo(expected, within(1e-3));
        assertThat((Double) score.details().get("rating")).isCloseTo(expected, within(1e-9));
        assertThat(score.details()).containsKey("probabilities").containsKey("estimated");
    }
}
