package io.evalstream.scoring.singlerating;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.scoring.arena.verdict.VerdictReaders;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.DeclaredScorer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/** A rating read from the judge's text: the last {@code [[n]]} ({@link VerdictReaders#rating}), within the item's scale. */
@ApplicationScoped
public class RatingTextScorer extends DeclaredScorer {

    public RatingTextScorer() {
        super(RatingScores.KIND, ReadMode.GENERATE, RatingScores.NAME, "rating_brackets");
    }

    @Override
    public Score score(ResponseReceived response) {
        String text = response.output() == null ? null : response.output().text();
        Optional<Double> rating = VerdictReaders.rating(text);
        int min = RatingScores.min(response);
        int max = RatingScores.max(response);
        if (rating.isEmpty()) {
            return RatingScores.unreadable(response, filter(), "no Rating: [[n]] with 1 <= n <= 10 in the judgement");
        }
        if (rating.get() < min || rating.get() > max) {
            return RatingScores.unreadable(response, filter(), "rating " + RatingScores.format(rating.get())
                    + " is outside the item's scale " + min + ".." + max);
        }
        return RatingScores.rated(response, rating.get(), filter(), "Rating: [[" + RatingScores.format(rating.get())
                + "]] on " + min + ".." + max, Map.of());
    }
}
