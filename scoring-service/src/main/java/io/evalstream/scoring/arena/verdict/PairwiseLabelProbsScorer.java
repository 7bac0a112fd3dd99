package io.evalstream.scoring.arena.verdict;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.scoring.scorer.LabelProbabilities;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.DeclaredScorer;
import jakarta.enterprise.context.ApplicationScoped;

/** A pairwise judge read from the probabilities of the A and B tokens: P(A) renormalised over A and B. */
@ApplicationScoped
public class PairwiseLabelProbsScorer extends DeclaredScorer {
    public PairwiseLabelProbsScorer() {
        super(PairwiseTextScorer.KIND, ReadMode.LABEL_PROBS, PairwiseTextScorer.NAME, LabelProbabilities.FILTER);
    }

    @Override
    public Score score(ResponseReceived response) {
        return VerdictReaders.labelProbabilities(response.output()).map(v -> VerdictScores.of(v, filter(), response))
                .orElseGet(() -> Score.unscored(filter(), "unparsable verdict: no A/B token probabilities"));
    }
}
