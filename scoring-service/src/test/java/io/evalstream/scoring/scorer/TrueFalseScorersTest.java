package io.evalstream.scoring.scorer;

import static io.evalstream.scoring.scorer.Responses.top;
import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.ScoreValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * True/false read both ways. Strategy: the Strange Dataset rule for text (true and not false, false and not
 * true, else unscored) on a table of outputs; label probabilities merged case-insensitively.
 */
class TrueFalseScorersTest {
    private final TrueFalseGenerateScorer generate = new TrueFalseGenerateScorer();
    private final TrueFalseLabelProbsScorer labelProbs = new TrueFalseLabelProbsScorer();

    @ParameterizedTest(name = "[{index}] {0} (ref {1}) -> {2}")
    @CsvSource(delimiter = '|', value = {
            "True                                 | True  | CORRECT",
            "The statement is true.               | True  | CORRECT",
            "FALSE                                | True  | INCORRECT",
            "Let me think. It is false.           | False | CORRECT",
            "true                                 | false | INCORRECT",
            "It is not clear whether true or false | True  | UNSCORED",
            "I cannot tell                        | True  | UNSCORED",
            "untrue statement                     | True  | UNSCORED",
    })
    void generateReadsTrueAndNotFalse(String text, String reference, ScoreValue expected) {
        Score score = generate.score(Responses.trueFalseText(text, reference));
        assertThat(score.value()).as(score.explanation()).isEqualTo(expected);
        assertThat(score.filter()).isEqualTo("true_false");
    }

    @Test
    void generateWithAnInvalidReferenceIsUnscored() {
        Score score = generate.score(Responses.trueFalseText("True", "maybe"));
        assertThat(score.value()).isEqualTo(ScoreValue.UNSCORED);
        assertThat(score.explanation()).contains("reference");
    }

    @Test
    void labelProbsMergesCaseAndWhitespaceVariants() {
        // " true" 0.3 + "True" 0.2 = 0.5 > "False" 0.45
        Score score = labelProbs.score(Responses.trueFalseProbs("True",
                top("False", 0.45), top(" true", 0.3), top("True", 0.2), top("Maybe", 0.05)));
        assertThat(score.value()).isEqualTo(ScoreValue.CORRECT);
        assertThat(score.answer()).isEqualTo("True");
        assertThat(score.filter()).isEqualTo("label_probs");
    }

    @Test
    void labelProbsFlagsTheMissingLabel() {
        Score score = labelProbs.score(Responses.trueFalseProbs("False", top(" FALSE", 0.9), top("I", 0.01)));
        assertThat(score.value()).isEqualTo(ScoreValue.CORRECT);
        assertThat(score.explanation()).contains("P(True)<=").contains("upper bound");
    }
}
