package io.evalstream.scoring.arena.verdict;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.scoring.scorer.ReadMode;
import io.evalstream.scoring.scorer.Score;
import io.evalstream.scoring.scorer.DeclaredScorer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Free-text answers to {@code generation} prompts. They are read by an arena's judges, not against a reference
 * here, so their own row is UNSCORED with that explanation (the arena's ratings are where they are compared);
 * reference-based generation scoring (exact / contains / token-F1) is a separate scorer still to come.
 */
@ApplicationScoped
public class GenerationAnswerScorer extends DeclaredScorer {
    public static final String KIND = "generation";

    public GenerationAnswerScorer() {
        super(KIND, ReadMode.GENERATE, "generation", "free_text");
    }

    @Override
    public Score score(ResponseReceived response) {
        int words = response.output() == null || response.output().text() == null ? 0
                : response.output().text().strip().split("\\s+").length;
        return new Score(io.evalstream.contracts.ScoreValue.UNSCORED, null, null, filter(),
                "free-text answer of " + words + " words: compared by the arena's judges");
    }
}
