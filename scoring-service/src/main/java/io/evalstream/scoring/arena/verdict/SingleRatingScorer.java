package io.evalstream.scoring.arena.verdict;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.DeclaredScorer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A judge's single-answer rating ({@code Rating: [[n]]}, 1-10, template {@code single-v1}). The score row holds the
 * rating as its score and answer, value PARTIAL (a rating is neither right nor wrong); a verdict without a rating in
 * range is UNSCORED with the reason, counted apart in the arena report.
 */
@ApplicationScoped
public class SingleRatingScorer extends DeclaredScorer {
    public static final String KIND = "single_rating";
    public static final String NAME = "single-rating";

    public SingleRatingScorer() {
        super(KIND, ReadMode.GENERATE, NAME, "rating_brackets");
    }

    @Override
    public Score score(ResponseReceived response) {
        String text = response.output() == null ? null : response.output().text();
        String model = response.scoring().attributes().getOrDefault("model", "the answer");
        return VerdictReaders.rating(text).map(r -> new Score(ScoreValue.PARTIAL, r, formatted(r), filter(),
                "rates " + model + " " + formatted(r) + "/10"))
                .orElseGet(() -> Score.unscored(filter(), "unparsable rating: no Rating: [[n]] with n from 1 to 10 in "
                        + VerdictScores.excerpt(text)));
    }

    private static String formatted(double r) {
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
