package io.evalstream.scoring.scorer;

import static io.evalstream.scoring.scorer.Responses.top;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.evalstream.contracts.ScoreValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Multiple choice read both ways. Strategy: for generate, the verdict follows the extracted letter and an
 * unreadable answer is UNSCORED, never INCORRECT; for label probabilities, worked examples of the " A"/"A" merge,
 * the renormalisation and the upper bound of a missing label.
 */
class MultipleChoiceScorersTest {
    private final MultipleChoiceGenerateScorer generate = new MultipleChoiceGenerateScorer();
    private final MultipleChoiceLabelProbsScorer labelProbs = new MultipleChoiceLabelProbsScorer();

    @Test
    void generateJudgesTheExtractedLetter() {
        Score right = generate.score(Responses.choiceText("The answer is (B)", "B"));
        assertThat(right.value()).isEqualTo(ScoreValue.CORRECT);
        assertThat(right.score()).isEqualTo(1.0);
        assertThat(right.answer()).isEqualTo("B");
        assertThat(right.filter()).isEqualTo("letter");

        Score wrong = generate.score(Responses.choiceText("Answer: C", "B"));
        assertThat(wrong.value()).isEqualTo(ScoreValue.INCORRECT);
        assertThat(wrong.score()).isEqualTo(0.0);
        assertThat(wrong.answer()).isEqualTo("C");
    }

    @Test
    void generateLeavesUnreadableAnswersUnscoredNotWrong() {
        for (String text : List.of("I cannot decide", "A or C", "")) {
            Score score = generate.score(Responses.choiceText(text, "B"));
            assertThat(score.value()).as(text).isEqualTo(ScoreValue.UNSCORED);
            assertThat(score.score()).isNull();
            assertThat(score.explanation()).isNotBlank();
        }
    }

    @Test
    void labelProbsMergesSpaceAndBareTokensAndRenormalises() {
        // " A" 0.30 + "A" 0.25 = 0.55 beats "B" 0.40; "C" 0.05; "D" absent (bound 0.05); "the" is not a label.
        Score score = labelProbs.score(Responses.choiceProbs("A", Responses.ABCD,
                top("B", 0.40), top(" A", 0.30), top("A", 0.25), top("C", 0.05), top("the", 0.05)));
        assertThat(score.value()).isEqualTo(ScoreValue.CORRECT);
        assertThat(score.answer()).isEqualTo("A");
        assertThat(score.filter()).isEqualTo("label_probs");

        LabelDistribution distribution = LabelProbabilities.read(
                Responses.choiceProbs("A", Responses.ABCD, top("B", 0.40), top(" A", 0.30), top("A", 0.25),
                        top("C", 0.05), top("the", 0.05)).output(),
                Responses.ABCD, LabelProbabilities.Match.EXACT).orElseThrow();
        double total = 0.55 + 0.40 + 0.05 + 0.05;
        assertThat(distribution.probabilities().get("A")).isCloseTo(0.55 / total, within(1e-9));
        assertThat(distribution.probabilities().get("B")).isCloseTo(0.40 / total, within(1e-9));
        assertThat(distribution.probabilities().get("D")).isCloseTo(0.05 / total, within(1e-9));
        assertThat(distribution.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void labelProbsFlagsAMissingLabelAsAnUpperBound() {
        Score score = labelProbs.score(Responses.choiceProbs("B", List.of("A", "B", "C"),
                top("B", 0.6), top("A", 0.3), top("x", 0.02)));
        assertThat(score.value()).isEqualTo(ScoreValue.CORRECT);
        assertThat(score.explanation()).contains("P(C)<=").contains("C not in top_logprobs: upper bound");

        LabelDistribution distribution = LabelProbabilities.read(Responses.choiceProbs("B", List.of("A", "B", "C"),
                top("B", 0.6), top("A", 0.3), top("x", 0.02)).output(), List.of("A", "B", "C"),
                LabelProbabilities.Match.EXACT).orElseThrow();
        assertThat(distribution.estimated()).containsExactly("C");
        assertThat(distribution.probabilities().get("C")).isCloseTo(0.02 / 0.92, within(1e-9));
    }

    @Test
    void labelProbsJudgesTheArgmaxAgainstTheReference() {
        Score score = labelProbs.score(Responses.choiceProbs("A", Responses.ABCD,
                top("C", 0.5), top("A", 0.2), top("B", 0.2), top("D", 0.1)));
        assertThat(score.value()).isEqualTo(ScoreValue.INCORRECT);
        assertThat(score.answer()).isEqualTo("C");
    }

    @Test
    void labelProbsWithoutLogprobsIsUnscored() {
        Score score = labelProbs.score(Responses.choiceProbs("A", Responses.ABCD));
        assertThat(score.value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(score.explanation()).contains("no log-probabilities");
    }

    @Test
    void labelProbsWithNoLabelAmongTheTopIsUnscored() {
        Score score = labelProbs.score(Responses.choiceProbs("A", Responses.ABCD, top("The", 0.7), top("I", 0.2)));
        assertThat(score.value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(score.explanation()).contains("none of the labels");
    }

    @Test
    void labelProbsTieIsUnscored() {
        Score score = labelProbs.score(Responses.choiceProbs("A", List.of("A", "B"), top("A", 0.4), top(" B", 0.4)));
        assertThat(score.value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(score.explanation()).startsWith("tie");
    }
}
