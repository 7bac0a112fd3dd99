package io.evalstream.scoring.rewardbench;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.scoring.arena.verdict.VerdictReaders;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.DeclaredScorer;
import jakarta.enterprise.context.ApplicationScoped;

/** A reward pair judged in text: the {@code [[A]]}/{@code [[B]]}/{@code [[C]]} verdict ({@link VerdictReaders}). */
@ApplicationScoped
public class RewardPairTextScorer extends DeclaredScorer {

    public RewardPairTextScorer() {
        super(RewardPairVerdicts.KIND, ReadMode.GENERATE, RewardPairVerdicts.NAME, "verdict_brackets");
    }

    @Override
    public Score score(ResponseReceived response) {
        String text = response.output() == null ? null : response.output().text();
        return VerdictReaders.text(text).map(v -> RewardPairVerdicts.of(v, filter(), response))
                .orElseGet(() -> RewardPairVerdicts.unparsed(filter(), response,
                        "unparsable verdict: no single [[A]], [[B]] or [[C]]"));
    }
}
