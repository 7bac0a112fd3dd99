package io.evalstream.scoring.arena.verdict;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.DeclaredScorer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A pairwise judge's text verdict ({@code [[A]]}/{@code [[B]]}/{@code [[C]]}). The score row holds the verdict as
 * its answer and P(first slot better) as its score, value PARTIAL (a verdict is neither right nor wrong); an
 * unparsable verdict is UNSCORED with the reason, counted apart in the judge audit.
 */
@ApplicationScoped
public class PairwiseTextScorer extends DeclaredScorer {
    public static final String KIND = "pairwise";
    public static final String NAME = "pairwise-verdict";

    public PairwiseTextScorer() {
        super(KIND, ReadMode.GENERATE, NAME, "verdict_brackets");
    }

    @Override
    public Score score(ResponseReceived response) {
        String text = response.output() == null ? null : response.output().text();
        return VerdictReaders.text(text).map(v -> VerdictScores.of(v, filter(), response))
                .orElseGet(() -> Score.unscored(filter(), "unparsable verdict: no single [[A]], [[B]] or [[C]] in "
                        + VerdictScores.excerpt(text)));
    }
}
