package io.evalstream.scoring.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.scoring.metric.LeaderboardRow;
import io.evalstream.scoring.statistics.HolmBonferroni;
import io.evalstream.scoring.statistics.McNemarTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Strategy: item means built so that the expected test, difference and p-values are known from the statistics
 * classes themselves (already checked against published values); the choice of test, the pairing on shared
 * items, the Holm family and the carrying over of tests between live updates are what is checked here.
 */
class NeighbourTestsTest {

    private static LeaderboardRow row(String model, double accuracy) {
        return new LeaderboardRow(1, "run", model, accuracy, accuracy - 0.1, accuracy + 0.1, 10, 10, 0, 0, 0, Map.of());
    }

    private static Map<String, ItemMean> binary(int items, int correctFrom) {
        Map<String, ItemMean> means = new HashMap<>();
        for (int i = 0; i < items; i++) {
            means.put("item-" + i, new ItemMean(i >= correctFrom ? 1.0 : 0.0, 1, true));
        }
        return means;
    }

    @Test
    void oneBinaryAnswerPerItemIsMcNemarWithHolmOverTheNeighbourPairs() {
        LeaderboardRow a = row("a", 0.9);
        LeaderboardRow b = row("b", 0.5);
        LeaderboardRow c = row("c", 0.45);
        Map<String, Map<String, ItemMean>> means = Map.of("a", binary(40, 0), "b", binary(40, 20), "c",
                binary(40, 22));

        List<LeaderboardRow> out = NeighbourTests.annotate(List.of(a, b, c), r -> means.get(r.modelId()));

        double pAb = McNemarTest.fromDiscordant(40, 20, 0).pValue();
        double pBc = McNemarTest.fromDiscordant(40, 2, 0).pValue();
        double[] holm = HolmBonferroni.adjust(new double[] {pAb, pBc});
        NeighbourComparison ab = out.get(0).vsNext();
        assertThat(ab.test()).isEqualTo(NeighbourComparison.MCNEMAR);
        assertThat(ab.nextModelId()).isEqualTo("b");
        assertThat(ab.n()).isEqualTo(40);
        assertThat(ab.difference()).isEqualTo(0.5);
        assertThat(ab.pValue()).isEqualTo(pAb);
        assertThat(ab.adjustedPValue()).isEqualTo(holm[0]);
        assertThat(ab.significant()).isTrue();
        assertThat(out.get(1).vsNext().adjustedPValue()).isEqualTo(holm[1]);
        assertThat(out.get(1).vsNext().significant()).isFalse();
        assertThat(out.get(2).vsNext()).isNull();
    }

    @Test
    void severalUnitsPerItemIsAPairedBootstrapOnTheSharedItemsOnly() {
        Map<String, ItemMean> first = new HashMap<>();
        Map<String, ItemMean> second = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            first.put("item-" + i, new ItemMean(0.75, 4, false));
            second.put("item-" + i, new ItemMean(0.25, 4, false));
        }
        second.put("only-second", new ItemMean(1.0, 4, false));
        LeaderboardRow a = row("a", 0.75);
        LeaderboardRow b = row("b", 0.27);

        List<LeaderboardRow> out = NeighbourTests.annotate(List.of(a, b), r -> r == a ? first : second);

        NeighbourComparison c = out.get(0).vsNext();
        assertThat(c.test()).isEqualTo(NeighbourComparison.PAIRED_BOOTSTRAP);
        assertThat(c.n()).isEqualTo(30);
        assertThat(c.difference()).isEqualTo(0.5);
        assertThat(c.low()).isEqualTo(0.5);
        assertThat(c.significant()).isTrue();
    }

    @Test
    void rowsWithoutScoresOrWithoutSharedItemsGetNoTest() {
        LeaderboardRow a = row("a", 0.9);
        LeaderboardRow b = row("b", 0.5);
        LeaderboardRow empty = new LeaderboardRow(3, "run", "z", null, null, null, 0, 0, 0, 0, 0, Map.of());
        Map<String, Map<String, ItemMean>> means = Map.of("a", binary(5, 0), "b", Map.of("other", new ItemMean(1, 1,
                true)), "z", Map.of());

        List<LeaderboardRow> out = NeighbourTests.annotate(List.of(a, b, empty), r -> means.get(r.modelId()));

        assertThat(out).extracting(LeaderboardRow::vsNext).containsOnlyNulls();
    }

    @Test
    void carryOverKeepsATestOnlyWhileTheSameModelsAreNeighbours() {
        Map<String, Map<String, ItemMean>> means = Map.of("a", binary(20, 0), "b", binary(20, 10), "c",
                binary(20, 15));
        List<LeaderboardRow> tested = NeighbourTests.annotate(List.of(row("a", 1.0), row("b", 0.5), row("c", 0.25)),
                r -> means.get(r.modelId()));

        List<LeaderboardRow> sameOrder = NeighbourTests.carryOver(
                List.of(row("a", 0.95), row("b", 0.55), row("c", 0.3)), tested);
        List<LeaderboardRow> swapped = NeighbourTests.carryOver(
                List.of(row("a", 0.95), row("c", 0.6), row("b", 0.55)), tested);

        assertThat(sameOrder).extracting(LeaderboardRow::vsNext).containsExactlyElementsOf(
                tested.stream().map(LeaderboardRow::vsNext).toList());
        assertThat(swapped.get(0).vsNext()).as("a's neighbour changed from b to c").isNull();
        assertThat(swapped.get(1).vsNext()).isNull();
        assertThat(swapped.get(2).vsNext()).isNull();
    }
}
