package io.evalstream.scoring.rewardbench;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.ResponseReceived;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the reward_bench section: a judge that always prefers the chosen response (in whichever slot it
 * is shown) scores 1 in every subset and every section; one that always picks slot A scores exactly 0.5 in every
 * subset (its two games always disagree), whatever the subsets and their sizes.
 */
class RewardBenchPropertiesTest {

    @Property(tries = 200)
    void aJudgeAlwaysPreferringTheChosenResponseScoresOneEverywhere(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 25) Integer> subsetOfPair) {
        RewardBenchSection section = judge(subsetOfPair, true);
        assertThat(section.subsets()).allSatisfy(s -> {
            assertThat(s.accuracy()).isEqualTo(1.0);
            assertThat(s.high()).isEqualTo(1.0);
            assertThat(s.low()).isLessThan(1.0);
        });
        assertThat(section.sections()).allSatisfy(s -> assertThat(s.score()).isEqualTo(1.0));
        assertThat(section.subsets().stream().mapToLong(RewardBenchSection.SubsetRow::n).sum())
                .isEqualTo(subsetOfPair.size());
    }

    @Property(tries = 200)
    void aJudgeAlwaysPickingSlotAScoresOneHalfEverywhere(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 25) Integer> subsetOfPair) {
        RewardBenchSection section = judge(subsetOfPair, false);
        assertThat(section.subsets()).allSatisfy(s -> assertThat(s.accuracy()).isEqualTo(0.5));
        assertThat(section.sections()).allSatisfy(s -> assertThat(s.score()).isEqualTo(0.5));
    }

    private static RewardBenchSection judge(List<Integer> subsetOfPair, boolean fair) {
        List<String> subsets = RewardBenchSections.SECTIONS.values().stream().flatMap(List::stream).toList();
        RewardBenchMetrics metrics = new RewardBenchMetrics();
        RewardPairTextScorer scorer = new RewardPairTextScorer();
        for (int i = 0; i < subsetOfPair.size(); i++) {
            String subset = subsets.get(subsetOfPair.get(i) % subsets.size());
            for (boolean chosenFirst : new boolean[] {true, false}) {
                String verdict = fair ? (chosenFirst ? "[[A]]" : "[[B]]") : "[[A]]";
                ResponseReceived response = RewardPairResponses.text("j", "p" + i, subset, false, chosenFirst,
                        verdict);
                metrics.add(RewardPairResponses.row(response, scorer.score(response)));
            }
        }
        return metrics.section();
    }
}
