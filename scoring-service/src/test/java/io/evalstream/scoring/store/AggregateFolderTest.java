package io.evalstream.scoring.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.evalstream.contracts.ResponseStatus;
import io.evalstream.contracts.ScoreValue;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * Folding score rows into aggregate and progress deltas. Strategy: a small mixed batch counted by hand; every
 * row lands in slice {@code all} and its own slices; errors and unscored rows are counted but not scored.
 */
class AggregateFolderTest {

    static ScoreRow row(String id, String run, String model, ScoreValue value, List<String> slices) {
        ResponseStatus status = value == ScoreValue.ERROR ? ResponseStatus.TIMEOUT : ResponseStatus.OK;
        Double score = switch (value) {
            case CORRECT -> 1.0;
            case INCORRECT -> 0.0;
            default -> null;
        };
        return new ScoreRow(id, run, model, "item-" + id, "original", 0, status, value, score, null, "A", slices,
                "choice", "letter", null, 10, 0.5, 3, 1);
    }

    @Test
    void foldsEachRowIntoAllAndItsSlices() {
        List<ScoreRow> rows = List.of(
                row("1", "r", "m1", ScoreValue.CORRECT, List.of("math")),
                row("2", "r", "m1", ScoreValue.INCORRECT, List.of("math", "hard")),
                row("3", "r", "m1", ScoreValue.UNSCORED, List.of()),
                row("4", "r", "m1", ScoreValue.ERROR, List.of("hard")),
                row("5", "r", "m2", ScoreValue.CORRECT, List.of()));
        SortedMap<AggregateKey, AggregateDelta> deltas = AggregateFolder.aggregates(rows);

        assertThat(deltas.keySet()).extracting(AggregateKey::modelId, AggregateKey::slice).containsExactly(
                org.assertj.core.groups.Tuple.tuple("m1", "all"),
                org.assertj.core.groups.Tuple.tuple("m1", "hard"),
                org.assertj.core.groups.Tuple.tuple("m1", "math"),
                org.assertj.core.groups.Tuple.tuple("m2", "all"));

        AggregateDelta all = deltas.get(new AggregateKey("r", "m1", "all", "accuracy"));
        assertThat(all.nTotal()).isEqualTo(4);
        assertThat(all.nScored()).isEqualTo(2);
        assertThat(all.correct()).isEqualTo(1);
        assertThat(all.sum()).isEqualTo(1.0);
        assertThat(all.sumSq()).isEqualTo(1.0);
        assertThat(all.unscored()).isEqualTo(1);
        assertThat(all.errors()).isEqualTo(1);
        assertThat(all.scorer()).isEqualTo("choice");
        assertThat(all.latencyMsSum).isEqualTo(40);

        AggregateDelta hard = deltas.get(new AggregateKey("r", "m1", "hard", "accuracy"));
        assertThat(hard.nTotal()).isEqualTo(2);
        assertThat(hard.nScored()).isEqualTo(1);
        assertThat(hard.errors()).isEqualTo(1);
    }

    @Test
    void marksMixedScorers() {
        ScoreRow a = row("1", "r", "m", ScoreValue.CORRECT, List.of());
        ScoreRow b = new ScoreRow("2", "r", "m", "i", "original", 0, ResponseStatus.OK, ScoreValue.CORRECT, 1.0, "True",
                "True", List.of(), "true_false", "true_false", null, 1, null, null, null);
        AggregateDelta delta = AggregateFolder.aggregates(List.of(a, b)).get(new AggregateKey("r", "m", "all",
                "accuracy"));
        assertThat(delta.scorer()).isEqualTo(AggregateDelta.MIXED);
        assertThat(delta.filter()).isEqualTo(AggregateDelta.MIXED);
    }

    @Test
    void countsProgressPerRunWithFailedCallsAsErrors() {
        List<ScoreRow> rows = List.of(
                row("1", "r2", "m", ScoreValue.CORRECT, List.of()),
                row("2", "r1", "m", ScoreValue.ERROR, List.of()),
                row("3", "r1", "m", ScoreValue.UNSCORED, List.of()));
        SortedMap<String, ProgressDelta> progress = AggregateFolder.progress(rows);
        assertThat(progress.keySet()).containsExactly("r1", "r2");
        assertThat(progress.get("r1")).isEqualTo(new ProgressDelta(2, 1));
        assertThat(progress.get("r2")).isEqualTo(new ProgressDelta(1, 0));
    }
}
