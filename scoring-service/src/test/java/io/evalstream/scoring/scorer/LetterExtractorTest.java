package io.evalstream.scoring.scorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The letter filter on the answer shapes models produce. Strategy: one table of texts that must read as a
 * label, one of texts that must stay unscored (nothing, or more than one label at the deciding level).
 */
class LetterExtractorTest {
    private static final List<String> LABELS = List.of("A", "B", "C", "D");

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The answer is (B)                                  | B",
            "the answer is B.                                   | B",
            "Answer: B                                          | B",
            "ANSWER: (C)                                        | C",
            "Final answer: **D**                                | D",
            "The correct option is A, because of the premise.   | A",
            "B                                                  | B",
            "B.                                                 | B",
            "(B)                                                | B",
            "'  C  '                                            | C",
            "**A**                                              | A",
            "B. Paris is the capital                            | B",
            "(D) none of the above                              | D",
            "C) because it rains                                | C",
            "I would pick (C) here                              | C",
            "I think it is D                                    | D",
            "A and B are wrong; the answer is C.                | C",
            "Considering A and B, Answer: D                     | D",
    })
    void readsTheChosenLabel(String text, String expected) {
        Extraction extraction = LetterExtractor.extract(text, LABELS);
        assertThat(extraction.answer()).as(extraction.explanation()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "I don't know",
            "a dog is an animal",
            "Either A or C could be right",
            "Maybe (A), maybe (B)",
            "The answer is A. No wait, the answer is B.",
            "E",
    })
    void leavesUnreadableOrAmbiguousTextsUnscored(String text) {
        Extraction extraction = LetterExtractor.extract(text, LABELS);
        assertThat(extraction.isFound()).as(extraction.explanation()).isFalse();
        assertThat(extraction.explanation()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Either A or C could be right | ambiguous",
            "I don't know                 | no answer label",
    })
    void explainsWhyNothingWasRead(String text, String reason) {
        assertThat(LetterExtractor.extract(text, LABELS).explanation()).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = { "F", "The answer is F" })
    void usesTheLabelsOfTheContextNotAFixedAlphabet(String text) {
        assertThat(LetterExtractor.extract(text, List.of("A", "B", "C", "D", "E", "F")).answer()).isEqualTo("F");
        assertThat(LetterExtractor.extract(text, List.of("A", "B")).isFound()).isFalse();
    }
}
