package io.evalstream.scoring.arena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.evalstream.contracts.ModelOutput;
import io.evalstream.contracts.TokenLogprob;
import io.evalstream.contracts.TopLogprob;
import io.evalstream.scoring.arena.verdict.JudgeTemplates;
import io.evalstream.scoring.arena.verdict.Verdict;
import io.evalstream.scoring.arena.verdict.VerdictReaders;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictReadersTest {
    @Test
    void readsBracketedVerdictsAndRejectsMissingOrConflictingOnes() {
        assertThat(VerdictReaders.text("A is better. [[A]]")).contains(new Verdict(Verdict.Slot.FIRST, 1.0));
        assertThat(VerdictReaders.text("[[B]]")).contains(new Verdict(Verdict.Slot.SECOND, 0.0));
        assertThat(VerdictReaders.text("a tie: [[ C ]]")).contains(new Verdict(Verdict.Slot.TIE, 0.5));
        assertThat(VerdictReaders.text("[[A]] ... final: [[A]]")).isPresent();
        assertThat(VerdictReaders.text("first [[A]] then [[B]]")).isEmpty();
        assertThat(VerdictReaders.text("Assistant A is better")).isEmpty();
        assertThat(VerdictReaders.text(null)).isEmpty();
    }

    @Test
    void readsTheProbabilityOfTheFirstSlotFromLabelTokensMergingSpaces() {
        ModelOutput output = new ModelOutput("A", "stop", List.of(new TokenLogprob("A", Math.log(0.5), List.of(
                new TopLogprob("A", Math.log(0.5)), new TopLogprob(" A", Math.log(0.1)),
                new TopLogprob("B", Math.log(0.3)), new TopLogprob("The", Math.log(0.05))))));
        Verdict v = VerdictReaders.labelProbabilities(output).orElseThrow();
        assertThat(v.pFirst()).isCloseTo(0.6 / 0.9, within(1e-12));
        assertThat(v.slot()).isEqualTo(Verdict.Slot.FIRST);
        assertThat(VerdictReaders.labelProbabilities(new ModelOutput("A", "stop", List.of()))).isEmpty();
    }

    @Test
    void readsSingleRatingsInRange() {
        assertThat(VerdictReaders.rating("Good answer. Rating: [[7]]")).contains(7.0);
        assertThat(VerdictReaders.rating("Rating: [[11]]")).isEmpty();
        assertThat(VerdictReaders.rating("no rating")).isEmpty();
    }

    @Test
    void templatesAreVersionedAndCarryTheAnswersInMtBenchSections() {
        var input = JudgeTemplates.pairwise(JudgeTemplates.PAIRWISE_WITH_REFERENCE, "Q?", "ans a", "ans b", "ref",
                false);
        String user = input.messages().get(0).content();
        assertThat(user).contains("[The Start of Reference Answer]\nref").contains(
                "[The Start of Assistant A's Answer]\nans a\n[The End of Assistant A's Answer]")
                .contains("[The Start of Assistant B's Answer]\nans b");
        assertThat(input.system()).contains("[[C]]");
        assertThat(JudgeTemplates.single("Q?", "x").system()).contains("Rating: [[5]]");
        assertThat(JudgeTemplates.known("pairwise-v1")).isTrue();
        assertThat(JudgeTemplates.known("pairwise")).isFalse();
    }
}
