package io.evalstream.contracts.judge;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.judge.MtBenchWording.Verdicts;
import org.junit.jupiter.api.Test;

class MtBenchWordingTest {

    @Test
    void pairV2OffersATieOnlyWhenAsked() {
        String withTie = MtBenchWording.pairSystem(null, Verdicts.WITH_TIE);
        String noTie = MtBenchWording.pairSystem(null, Verdicts.NO_TIE);
        assertThat(withTie).contains(MtBenchWording.DEFAULT_CRITERION)
                .endsWith("\"[[A]]\" if assistant A is better, \"[[B]]\" if assistant B is better, and \"[[C]]\" for a tie.");
        assertThat(noTie).doesNotContain("[[C]]").endsWith("\"[[A]]\" if assistant A is better and \"[[B]]\" if "
                + "assistant B is better.");
        assertThat(withTie).startsWith("Please act as an impartial judge").contains("Avoid any position biases");
    }

    @Test
    void anItemsCriterionReplacesTheDefaultQualities() {
        String system = MtBenchWording.pairSystem("brevity and tone", Verdicts.WITH_TIE);
        assertThat(system).contains("consider factors such as brevity and tone. Begin your evaluation")
                .doesNotContain(MtBenchWording.DEFAULT_CRITERION);
    }

    @Test
    void singleV1IsWordForWordOnOneToTenAndAdaptsToAnAttributeRubricAndScale() {
        assertThat(MtBenchWording.singleSystem(null, null, 1, 10)).contains("level of detail of the response.")
                .endsWith("on a scale of 1 to 10 by strictly following this format: \"Rating: [[5]]\".");
        assertThat(MtBenchWording.singleSystem("harmlessness", "no insults", 1, 5))
                .startsWith("Please act as an impartial judge and evaluate the harmlessness of the response")
                .contains("Use the following rubric: no insults")
                .endsWith("on a scale of 1 to 5 by strictly following this format: \"Rating: [[3]]\".");
    }

    @Test
    void questionsPutTheAnswersBetweenTheMarkersTheBuiltInJudgesRead() {
        String pair = MtBenchWording.pairQuestion("Why?", "Because.", "first", "second");
        assertThat(pair).isEqualTo("[User Question]\nWhy?\n\n[The Start of Reference Answer]\nBecause.\n"
                + "[The End of Reference Answer]\n\n[The Start of Assistant A's Answer]\nfirst\n"
                + "[The End of Assistant A's Answer]\n\n[The Start of Assistant B's Answer]\nsecond\n"
                + "[The End of Assistant B's Answer]");
        assertThat(MtBenchWording.pairQuestion("Why?", null, "a", "b")).doesNotContain("Reference");
        assertThat(MtBenchWording.singleQuestion("Why?", "Because.")).isEqualTo("[Question]\nWhy?\n\n"
                + "[The Start of Assistant's Answer]\nBecause.\n[The End of Assistant's Answer]");
    }
}
