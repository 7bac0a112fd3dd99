package io.evalstream.scoring.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.scoring.scorer.Responses;
import io.evalstream.scoring.scorer.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Strategy: score survey responses in a permuted order and check that the stored details map every displayed
 * position back to the option code shown there, with the generic score being P(first position).
 */
class SurveyScorersTest {
    private final SurveyLabelProbsScorer probs = new SurveyLabelProbsScorer();
    private final SurveyGenerateScorer text = new SurveyGenerateScorer();

    @Test
    void labelProbabilitiesAreMappedBackToTheCodesShown() throws Exception {
        ResponseReceived response = SurveyResponsesFixture.response("m", "q", new int[] {2, 0, 1},
                new double[] {0.5, 0.3, 0.2}, List.of("x", "y", "z"), "{\"x\":0.2,\"y\":0.3,\"z\":0.5}");

        Score score = probs.score(response);

        assertThat(score.value()).isEqualTo(ScoreValue.PARTIAL);
        assertThat(score.score()).isCloseTo(0.5, within(1e-9));
        assertThat(score.answer()).isEqualTo("z");
        assertThat(score.filter()).isEqualTo("label_probs");
        @SuppressWarnings("unchecked")
        var distribution = (java.util.Map<String, Double>) score.details().get("distribution");
        assertThat(distribution.get("z")).isCloseTo(0.5, within(1e-9));
        assertThat(distribution.get("x")).isCloseTo(0.3, within(1e-9));
        assertThat(distribution.get("y")).isCloseTo(0.2, within(1e-9));
        assertThat(score.details().get("order")).isEqualTo(List.of(2, 0, 1));
        assertThat(score.details().get("codes")).isEqualTo(List.of("x", "y", "z"));
        assertThat(score.details()).containsKey("reference");
    }

    @Test
    void anOutputWithoutLabelProbabilitiesIsUnscoredNotAnAnswer() throws Exception {
        ResponseReceived response = SurveyResponsesFixture.response("m", "q", new int[] {0, 1},
                new double[] {0.5, 0.5}, List.of("1", "2"), null);
        ResponseReceived noLogprobs = Responses.ok(Responses.request("survey", "LABEL_PROBS", null,
                List.of("A", "B"), List.of()), "A", List.of());

        assertThat(probs.score(noLogprobs).value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(probs.score(response).details()).doesNotContainKey("reference");
    }

    @Test
    void generatedLetterIsAOneHotDistribution() {
        ResponseReceived answered = Responses.ok(Responses.request("survey", "GENERATE", null, List.of("A", "B"),
                List.of()), "B", List.of());

        Score score = text.score(answered);

        assertThat(score.value()).isEqualTo(ScoreValue.PARTIAL);
        assertThat(score.score()).isEqualTo(0.0);
        assertThat(score.answer()).isEqualTo("2");
        assertThat(text.score(Responses.ok(Responses.request("survey", "GENERATE", null, List.of("A", "B"),
                List.of()), "no idea", List.of())).value()).isEqualTo(ScoreValue.UNSCORED);
    }
}
