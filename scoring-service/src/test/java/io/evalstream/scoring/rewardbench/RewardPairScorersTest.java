package io.evalstream.scoring.rewardbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.ResponseReceived;
import io.evalstream.contracts.ScoreValue;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.scoring.scorer.Responses;
import io.evalstream.scoring.scorer.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Strategy: judge verdicts in both orders; the credit must follow the chosen response, not the slot, and a tie
 * pair must reward a tie verdict. Unparsable verdicts stay unscored but keep their subset for the report.
 */
class RewardPairScorersTest {
    private final RewardPairTextScorer text = new RewardPairTextScorer();
    private final RewardPairLabelProbsScorer probs = new RewardPairLabelProbsScorer();

    @Test
    void theCreditFollowsTheChosenResponseInEitherOrder() {
        Score firstOrder = text.score(RewardPairResponses.text("j", "p", "chat", false, true, "A is better. [[A]]"));
        Score swapped = text.score(RewardPairResponses.text("j", "p", "chat", false, false, "A is better. [[A]]"));
        Score tie = text.score(RewardPairResponses.text("j", "p", "chat", false, false, "Same. [[C]]"));

        assertThat(firstOrder.value()).isEqualTo(ScoreValue.CORRECT);
        assertThat(firstOrder.score()).isEqualTo(1.0);
        assertThat(firstOrder.details()).containsEntry("preferred", "chosen").containsEntry("subset", "chat");
        assertThat(swapped.value()).isEqualTo(ScoreValue.INCORRECT);
        assertThat(swapped.details()).containsEntry("preferred", "rejected");
        assertThat(tie.value()).isEqualTo(ScoreValue.PARTIAL);
        assertThat(tie.score()).isEqualTo(0.5);
    }

    @Test
    void aPairLabelledATieIsRightOnlyWhenCalledATie() {
        assertThat(text.score(RewardPairResponses.text("j", "p", "ties", true, true, "[[C]]")).score()).isEqualTo(1.0);
        assertThat(text.score(RewardPairResponses.text("j", "p", "ties", true, true, "[[A]]")).score()).isEqualTo(0.0);
    }

    @Test
    void anUnparsableVerdictIsUnscoredAndKeepsItsSubset() {
        Score score = text.score(RewardPairResponses.text("j", "p", "safety-x", false, true, "Both [[A]] and [[B]]"));

        assertThat(score.value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(score.details()).containsEntry("preferred", "unparsed").containsEntry("subset", "safety-x");
    }

    @Test
    void labelProbabilitiesPreferTheMoreProbableSlot() {
        ResponseReceived swapped = Responses.ok(RewardPairResponses.request("j", "p", "chat", false, false,
                "LABEL_PROBS"), "B", List.of(new TokenLogprob("B", Math.log(0.7), List.of(Responses.top("B", 0.7),
                        Responses.top(" A", 0.2), Responses.top("A", 0.1)))));

        Score score = probs.score(swapped);

        assertThat(score.value()).isEqualTo(ScoreValue.CORRECT);
        assertThat((Double) score.details().get("pChosen")).isCloseTo(0.7, within(1e-9));
        ResponseReceived none = Responses.ok(RewardPairResponses.request("j", "p", "chat", false, true,
                "LABEL_PROBS"), "x", List.of());
        assertThat(probs.score(none).value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(new ModelOutput("x", "stop", List.of()).logprobs()).isEmpty();
    }
}
