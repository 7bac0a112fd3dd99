package io.evalstream.scoring.arena.verdict;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.scoring.scorer.LabelProbabilities;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.Scorer;
import io.evalstream.scoring.scorer.ScorerKey;
import jakarta.enterprise.context.ApplicationScoped;

/** A pairwise judge read from the probabilities of the A and B tokens: P(A) renormalised over A and B. */
@ApplicationScoped
public class PairwiseLabelProbsScorer implements Scorer {
    @Override
    public ScorerKey key() {
        return new ScorerKey(PairwiseTextScorer.KIND, ReadMode.LABEL_PROBS);
    }

    @Override
    public String name() {
        return PairwiseTextScorer.NAME;
    }

    @Override
    public String filter() {
        return LabelProbabilities.FILTER;
    }

    @Override
    public Score score(ResponseReceived response) {
        return VerdictReaders.labelProbabilities(response.output()).map(v -> VerdictScores.of(v, filter(), response))
                .orElseGet(() -> Score.unscored(filter(), "unparsable verdict: no A/B token probabilities"));
    }
}
