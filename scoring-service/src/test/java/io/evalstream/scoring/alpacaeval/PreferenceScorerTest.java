package io.evalstream.scoring.alpacaeval;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.ScoreValue;
import io.evalstream.scoring.scorer.Responses;
import io.evalstream.scoring.scorer.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferenceScorerTest {
    private final PreferenceScorer scorer = new PreferenceScorer();

    private Score score(String text) {
        return scorer.score(Responses.ok(Responses.request(PreferenceScorer.KIND, "GENERATE", null, List.of(),
                List.of()), text, List.of()));
    }

    @Test
    void thePreferenceMinusOneIsTheScore() {
        assertThat(score("2").score()).isEqualTo(1.0);
        assertThat(score("1").score()).isEqualTo(0.0);
        assertThat(score(" 1.25 ").score()).isEqualTo(0.25);
        assertThat(score("1.25").value()).isEqualTo(ScoreValue.PARTIAL);
    }

    @Test
    void zeroAndEmptyAreDrawsAndEmptyIsUnannotated() {
        assertThat(score("0").score()).isEqualTo(0.5);
        assertThat(score("0").details()).containsEntry("unannotated", false);
        assertThat(score("").score()).isEqualTo(0.5);
        assertThat(score("").details()).containsEntry("unannotated", true);
    }

    @Test
    void outOfRangeOrNonNumericIsUnscoredNotGuessed() {
        assertThat(score("3").value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(score("0.5").explanation()).contains("[1, 2]");
        assertThat(score("[[A]]").value()).isEqualTo(ScoreValue.UNSCORED);
    }
}
