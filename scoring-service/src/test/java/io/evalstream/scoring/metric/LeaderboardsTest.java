package io.evalstream.scoring.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking: by accuracy with intervals, ties share a rank, planned models without results come last. */
class LeaderboardsTest {

    static AccuracyStats stats(String model, String slice, long n, long correct) {
        return new AccuracyStats("run", model, slice, Metrics.ACCURACY, n + 1, n, correct, correct, correct, 1, 0,
                "choice", "letter");
    }

    @Test
    void ranksByAccuracyWithIntervalsAndSlices() {
        List<LeaderboardRow> rows = Leaderboards.rank(List.of(
                stats("weak", "all", 10, 5),
                stats("strong", "all", 10, 8),
                stats("strong", "math", 4, 4),
                stats("tied", "all", 20, 10)), "run", List.of("strong", "weak", "tied", "silent"));

        assertThat(rows).extracting(LeaderboardRow::modelId).containsExactly("strong", "tied", "weak", "silent");
        assertThat(rows).extracting(LeaderboardRow::rank).containsExactly(1, 2, 2, 4);

        LeaderboardRow strong = rows.get(0);
        assertThat(strong.accuracy()).isEqualTo(0.8);
        assertThat(strong.ciLow()).isCloseTo(0.490162, within(1e-6));
        assertThat(strong.ciHigh()).isCloseTo(0.943318, within(1e-6));
        assertThat(strong.n()).isEqualTo(10);
        assertThat(strong.total()).isEqualTo(11);
        assertThat(strong.unscored()).isEqualTo(1);
        assertThat(strong.slices()).containsOnlyKeys("math");
        assertThat(strong.slices().get("math").value()).isEqualTo(1.0);
        assertThat(strong.slices().get("math").n()).isEqualTo(4);

        LeaderboardRow silent = rows.get(3);
        assertThat(silent.accuracy()).isNull();
        assertThat(silent.n()).isZero();
        assertThat(silent.runId()).isEqualTo("run");
    }
}
