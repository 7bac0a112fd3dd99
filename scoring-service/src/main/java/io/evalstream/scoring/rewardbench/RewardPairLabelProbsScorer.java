package io.evalstream.scoring.rewardbench;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.scoring.arena.verdict.VerdictReaders;
import io.evalstream.scoring.scorer.LabelProbabilities;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.DeclaredScorer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A reward pair judged from the A/B token probabilities ({@link VerdictReaders#labelProbabilities}): the slot with
 * the higher renormalised probability is preferred (strict; equal probabilities are a tie).
 */
@ApplicationScoped
public class RewardPairLabelProbsScorer extends DeclaredScorer {

    public RewardPairLabelProbsScorer() {
        super(RewardPairVerdicts.KIND, ReadMode.LABEL_PROBS, RewardPairVerdicts.NAME, LabelProbabilities.FILTER);
    }

    @Override
    public Score score(ResponseReceived response) {
        return VerdictReaders.labelProbabilities(response.output())
                .map(v -> RewardPairVerdicts.of(v, filter(), response))
                .orElseGet(() -> RewardPairVerdicts.unparsed(filter(), response,
                        "unparsable verdict: no A/B token probabilities"));
    }
}
