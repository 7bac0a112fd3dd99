package io.evalstream.scoring.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.scoring.scorer.MultipleChoiceGenerateScorer;
import io.evalstream.scoring.scorer.Responses;
import io.evalstream.scoring.scorer.ScorerRegistry;
import io.evalstream.scoring.scorer.ScoringEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mapping a scored response to its row, and the NUL characters PostgreSQL text cannot store. */
class ScoreRowTest {

    @Test
    void carriesTheResponseIdentityScoreAndUsage() {
        ScoringEngine engine = new ScoringEngine(new ScorerRegistry(List.of(new MultipleChoiceGenerateScorer())));
        ScoreRow row = ScoreRow.of(engine.score(Responses.choiceText("Answer: B", "B")));
        assertThat(row.runId()).isEqualTo("run-1");
        assertThat(row.itemId()).isEqualTo("item-1");
        assertThat(row.variantId()).isEqualTo("original");
        assertThat(row.value()).isEqualTo(ScoreValue.CORRECT);
        assertThat(row.answer()).isEqualTo("B");
        assertThat(row.reference()).isEqualTo("B");
        assertThat(row.scorer()).isEqualTo("choice");
        assertThat(row.filter()).isEqualTo("letter");
        assertThat(row.inputTokens()).isEqualTo(12);
        assertThat(row.outputTokens()).isEqualTo(3);
        assertThat(row.failed()).isFalse();
    }

    @Test
    void removesNulCharactersSoOneOddOutputCannotFailItsBatch() {
        ScoreRow row = new ScoreRow("id\0", "run", "m", "i", "v", 0, ResponseStatus.ERROR, ScoreValue.ERROR, null,
                null, null, List.of("sl\0ice"), "choice", null, "provider said \0 oops", 1, null, null, null);
        assertThat(row.requestId()).isEqualTo("id");
        assertThat(row.slices()).containsExactly("slice");
        assertThat(row.explanation()).isEqualTo("provider said  oops");
        assertThat(row.failed()).isTrue();
    }
}
